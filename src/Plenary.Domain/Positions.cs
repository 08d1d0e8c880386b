namespace Plenary.Domain;

/// <summary>Something kept in a numbered list (1, 2, 3 ...) whose place is part of the record: a mandate, a Bureau post, a delegation member.</summary>
internal interface IPositioned
{
    int Position { get; }
    void Reposition(int position);
}

/// <summary>
/// The bookkeeping of numbered lists, in one place: find the one at a place, remove it and close up
/// the list, move it to another place. The list's own entity says, in its words, what is wrong
/// (the exceptions are passed in).
/// </summary>
internal static class Positions
{
    /// <summary>The one at <paramref name="position"/>, or the <paramref name="none"/> refusal.</summary>
    public static T At<T>(IEnumerable<T> items, int position, Func<DomainException> none) where T : class, IPositioned =>
        items.FirstOrDefault(i => i.Position == position) ?? throw none();

    /// <summary>Removes the one at <paramref name="position"/>; those after it move up one place.</summary>
    public static T RemoveAt<T>(List<T> items, int position, Func<DomainException> none) where T : class, IPositioned
    {
        var gone = At(items, position, none);
        items.Remove(gone);
        foreach (var later in items.Where(i => i.Position > position)) later.Reposition(later.Position - 1);
        return gone;
    }

    /// <summary>
    /// Moves the one at <paramref name="position"/> to <paramref name="toPosition"/> (from 1 to the
    /// number of items, else the <paramref name="outside"/> refusal); those between shift by one.
    /// </summary>
    public static T Move<T>(List<T> items, int position, int toPosition, Func<DomainException> none, Func<DomainException> outside) where T : class, IPositioned
    {
        var moving = At(items, position, none);
        if (toPosition < 1 || toPosition > items.Count) throw outside();
        var ordered = items.OrderBy(i => i.Position).ToList();
        ordered.Remove(moving);
        ordered.Insert(toPosition - 1, moving);
        for (var i = 0; i < ordered.Count; i++)
            if (ordered[i].Position != i + 1) ordered[i].Reposition(i + 1);
        return moving;
    }
}
