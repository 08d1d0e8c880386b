namespace Plenary.Domain;

/// <summary>
/// The checks every field a client can send goes through; each throws a <see cref="DomainException"/>
/// whose message names the field and the rule. The one pattern for a new field of an entity:
/// <list type="bullet">
/// <item>short text: <see cref="Required"/> or <see cref="Optional"/> with its maximum length, the same
/// number as the column's <c>HasMaxLength</c> (a constant on the entity when both use it);</item>
/// <item>long text (Markdown, notes): <see cref="LongText"/> with its maximum length;</item>
/// <item>an enum: <see cref="Defined{T}"/> (a client can send any number in its place);</item>
/// <item>a date: <see cref="Day"/> (from <see cref="FirstYear"/> to <see cref="LastYear"/>);</item>
/// <item>a number: <see cref="InRange"/> (a meeting's number: <see cref="MaxConvening"/>).</item>
/// </list>
/// Pages, API and import only translate these refusals; they decide nothing themselves.
/// </summary>
internal static class Guard
{
    /// <summary>The years a date of the record may fall in: the United Nations' first year to a far future.</summary>
    public const int FirstYear = 1945, LastYear = 2200;
    /// <summary>The highest number a convening of a body (and a plenary meeting's convening) can carry.</summary>
    public const int MaxConvening = 999;
    /// <summary>The longest annotation, summary or other Markdown text: about 3,000 words.</summary>
    public const int MaxLongText = 20_000;

    public static string Required(string? value, string code, string what, int maxLength = 500)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new DomainException(code, $"{what} is required.");
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
            throw TooLong(code, what, maxLength, trimmed.Length);
        return trimmed;
    }

    public static string? Optional(string? value, string code, string what, int maxLength = 500)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
            throw TooLong(code, what, maxLength, trimmed.Length);
        return trimmed;
    }

    /// <summary>A long text (Markdown: an annotation, a summary, a note), trimmed, null when blank, at most <paramref name="maxLength"/> characters.</summary>
    public static string? LongText(string? value, string code, string what, int maxLength = MaxLongText) => Optional(value, code, what, maxLength);

    private static DomainException TooLong(string code, string what, int maxLength, int length) =>
        new(code, $"{what} must be at most {maxLength:N0} characters (it has {length:N0}).");

    /// <summary>Refuses a value that is none of the enum's (a client can send any number in its place).</summary>
    public static T Defined<T>(T value, string code, string what) where T : struct, Enum =>
        Enum.IsDefined(value) ? value
            : throw new DomainException(code, $"{Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)} is not {what}; choose one of {string.Join(", ", Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}.");

    public static T? Defined<T>(T? value, string code, string what) where T : struct, Enum =>
        value is { } v ? Defined(v, code, what) : null;

    /// <summary>Refuses a date outside <see cref="FirstYear"/> to <see cref="LastYear"/> ("1 January 0001" is a mistake, never a date of the record).</summary>
    public static DateOnly Day(DateOnly value, string code, string what) =>
        value.Year is >= FirstYear and <= LastYear ? value
            : throw new DomainException(code, $"{what} must fall between 1 January {FirstYear} and 31 December {LastYear}; {Editorial.Dates.Day(value)} does not.");

    public static DateOnly? Day(DateOnly? value, string code, string what) => value is { } v ? Day(v, code, what) : null;

    public static int InRange(int value, int min, int max, string code, string what) =>
        value >= min && value <= max ? value
            : throw new DomainException(code, $"{what} runs from {min:N0} to {max:N0}; {value:N0} is outside that range.");

    public static int? InRange(int? value, int min, int max, string code, string what) => value is { } v ? InRange(v, min, max, code, what) : null;
}
