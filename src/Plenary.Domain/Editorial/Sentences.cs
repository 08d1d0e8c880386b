namespace Plenary.Domain.Editorial;

/// <summary>Splicing written phrases into generated sentences.</summary>
public static class Sentences
{
    /// <summary>"Endorsed the declaration" → "endorsed the declaration", to follow "the General Assembly"; "UNODC prepared" stays.</summary>
    public static string Continuing(string phrase) =>
        phrase.Length > 1 && char.IsUpper(phrase[0]) && !char.IsUpper(phrase[1]) ? char.ToLowerInvariant(phrase[0]) + phrase[1..] : phrase;

    /// <summary>"at its 1st meeting" → "At its 1st meeting", to open a sentence.</summary>
    public static string Opening(string phrase) =>
        phrase.Length == 0 ? phrase : char.ToUpperInvariant(phrase[0]) + phrase[1..];

    /// <summary>Ends a sentence with a full stop unless it has one.</summary>
    public static string Ended(string sentence) => sentence.EndsWith('.') ? sentence : sentence + ".";
}
