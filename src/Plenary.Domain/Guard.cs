namespace Plenary.Domain;

/// <summary>Small checks shared by the entities; each throws a <see cref="DomainException"/>.</summary>
internal static class Guard
{
    public static string Required(string? value, string code, string what, int maxLength = 500)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new DomainException(code, $"{what} is required.");
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
            throw new DomainException(code, $"{what} must be at most {maxLength} characters (it has {trimmed.Length}).");
        return trimmed;
    }

    public static string? Optional(string? value, string code, string what, int maxLength = 500)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
            throw new DomainException(code, $"{what} must be at most {maxLength} characters (it has {trimmed.Length}).");
        return trimmed;
    }

    public static string? OptionalText(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
