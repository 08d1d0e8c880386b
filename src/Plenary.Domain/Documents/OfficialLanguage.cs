namespace Plenary.Domain.Documents;

/// <summary>The six official languages of the United Nations, by their ISO 639-1 codes.</summary>
public static class OfficialLanguage
{
    public static readonly IReadOnlyList<string> Codes = ["ar", "zh", "en", "fr", "ru", "es"];

    private static readonly Dictionary<string, string> Names = new()
    {
        ["ar"] = "Arabic", ["zh"] = "Chinese", ["en"] = "English",
        ["fr"] = "French", ["ru"] = "Russian", ["es"] = "Spanish",
    };

    public static bool IsOfficial(string? code) => code is not null && Names.ContainsKey(code);

    public static string Name(string code) =>
        Names.TryGetValue(code, out var name) ? name : throw Unknown(code);

    public static string Normalise(string? code)
    {
        var c = code?.Trim().ToLowerInvariant();
        return IsOfficial(c) ? c! : throw Unknown(code);
    }

    /// <summary>Distinct official languages in the UN's conventional order (ar, zh, en, fr, ru, es).</summary>
    public static List<string> NormaliseSet(IEnumerable<string>? codes) =>
        (codes ?? []).Select(Normalise).Distinct().OrderBy(c => Codes.IndexOf(c)).ToList();

    private static int IndexOf(this IReadOnlyList<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++) if (list[i] == item) return i;
        return -1;
    }

    private static DomainException Unknown(string? code) =>
        new("language.unknown", $"'{code}' is not an official language of the United Nations; use one of ar, zh, en, fr, ru, es.");
}
