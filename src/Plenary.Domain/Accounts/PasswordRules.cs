namespace Plenary.Domain.Accounts;

/// <summary>
/// What makes a password acceptable, after NIST SP 800-63B (5.1.1.2): long enough, not absurdly
/// long, and none of what attackers try first: the commonest passwords (a list the caller gives),
/// repeated or sequential characters, or the name of the site or of the person's own email.
/// No composition rules (a digit, a capital ...): length and unpredictability matter.
/// </summary>
public static class PasswordRules
{
    public const int MinimumLength = 12;
    /// <summary>Long enough for any passphrase, short enough that hashing it stays cheap.</summary>
    public const int MaximumLength = 256;

    private static readonly string[] Sequences =
    [
        "0123456789",
        "abcdefghijklmnopqrstuvwxyz",
        "qwertyuiopasdfghjklzxcvbnm",
        "qwertzuiopasdfghjklyxcvbnm",
        "azertyuiopqsdfghjklmwxcvbn",
    ];

    /// <summary>The site's own name: a password built on it is among the first an attacker tries here.</summary>
    private const string SiteName = "plenary";

    /// <summary>Null when the password may be used; otherwise the rule it breaks, in words.</summary>
    /// <param name="isCommon">Whether a (lower-case) password is on the list of common passwords.</param>
    /// <param name="context">Words the person is known by here: their email address, their name.</param>
    public static DomainException? Check(string password, Func<string, bool> isCommon, IEnumerable<string?> context)
    {
        if (password.Length < MinimumLength)
            return new("password.length", $"The password must have at least {MinimumLength} characters (it has {password.Length}); a phrase of several words is easy to remember and hard to guess.");
        if (password.Length > MaximumLength)
            return new("password.length", $"The password must have at most {MaximumLength} characters (it has {password.Length}).");
        var lower = password.ToLowerInvariant();
        if (IsRepetitive(lower))
            return new("password.repetitive", "The password repeats the same characters or the same part (such as 'aaaaaaaaaaaa' or 'passwordpassword'), which is guessed quickly; choose another.");
        if (IsSequence(lower))
            return new("password.sequential", "The password is a sequence of characters (such as '123456789012', 'abcdefghijkl' or a row of the keyboard), which is guessed quickly; choose another.");
        var core = lower.Trim().Trim(NotLetters(lower));
        if (isCommon(lower) || (core.Length >= 4 && isCommon(core)))
            return new("password.common", "The password is one of the most common passwords (or one of them with digits or signs added), which attackers try first; choose another, such as a phrase of several unrelated words.");
        var letters = LettersOf(lower);
        var words = context.Where(c => !string.IsNullOrWhiteSpace(c)).SelectMany(c => new[] { c!, c!.Split('@')[0] }).Append(SiteName)
            .Select(w => LettersOf(w.ToLowerInvariant())).Where(w => w.Length >= 4).ToList();
        if (words.Any(w => letters == w) || context.Any(c => !string.IsNullOrWhiteSpace(c) && c!.Contains('@') && lower.Contains(c.Trim(), StringComparison.OrdinalIgnoreCase)))
            return new("password.context", "The password is built on the name of the site or on your email address, which are tried first; choose another.");
        return null;
    }

    /// <summary>"aaaaaaaaaaaa", "abcabcabcabc", "passwordpassword", or hardly any different characters ("aaaaaabbbbbb").</summary>
    private static bool IsRepetitive(string p)
    {
        if (p.Distinct().Count() <= 3) return true;
        for (var period = 1; period <= p.Length / 2; period++)
        {
            var repeats = true;
            for (var i = period; i < p.Length && repeats; i++) repeats = p[i] == p[i % period];
            if (repeats) return true;
        }
        return false;
    }

    /// <summary>A run along the digits, the alphabet or a keyboard row, forwards or backwards, wrapping round ("890123").</summary>
    private static bool IsSequence(string p) => Sequences.Any(s =>
    {
        var cyclic = s + s + s;
        var backwards = new string(cyclic.Reverse().ToArray());
        return cyclic.Contains(p, StringComparison.Ordinal) || backwards.Contains(p, StringComparison.Ordinal);
    });

    private static char[] NotLetters(string p) => p.Where(c => !char.IsLetter(c)).Distinct().ToArray();

    private static string LettersOf(string text) => new(text.Where(char.IsLetter).ToArray());
}
