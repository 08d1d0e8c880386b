using System.Globalization;
using System.Text;

namespace Plenary.Domain.Participation;

/// <summary>
/// The register of States: the 193 Member States and the two observer States with the names the United Nations uses,
/// in the UN's alphabetical order. The data is <c>data/register/states.tsv</c>, built into this assembly (ADR 0013).
/// Everywhere a State is named, it is picked from here (<see cref="Require"/>) and shown by its name (<see cref="NameOf"/>).
/// </summary>
public static class StateRegister
{
    /// <summary>Every State, Member States first, each group in the UN's alphabetical order.</summary>
    public static IReadOnlyList<State> All { get; }
    public static IReadOnlyList<State> MemberStates { get; }
    public static IReadOnlyList<State> ObserverStates { get; }

    private static readonly Dictionary<string, State> ByCode;
    private static readonly Dictionary<string, State> ByName;

    static StateRegister()
    {
        var parsed = Parse(RegisterData.Read("states.tsv"));
        All = parsed.Select(p => p.State).ToList();
        MemberStates = All.Where(s => !s.IsObserver).ToList();
        ObserverStates = All.Where(s => s.IsObserver).ToList();
        ByCode = All.ToDictionary(s => s.Code, StringComparer.Ordinal);
        ByName = new Dictionary<string, State>(StringComparer.Ordinal);
        foreach (var (s, alsoWritten) in parsed)
            foreach (var name in NamesOf(s).Concat(alsoWritten))
                ByName.TryAdd(NameKey(name), s);
    }

    /// <summary>A State by its three-letter code ("zaf" or "ZAF"); null when the register has none.</summary>
    public static State? FindByCode(string? code) =>
        code is not null && ByCode.TryGetValue(code.Trim().ToUpperInvariant(), out var state) ? state : null;

    /// <summary>
    /// A State by its code, its short name or its formal name, written as people type them: any case, with or without
    /// accents or "the" ("Turkiye", "cote d'ivoire", "the Islamic Republic of Iran"), the short name without what it
    /// holds in brackets ("Iran", "Bolivia"), or a former name or common short form the register lists ("Turkey",
    /// "United States"). Null when nothing in the register answers to it.
    /// </summary>
    public static State? Find(string? codeOrName)
    {
        if (string.IsNullOrWhiteSpace(codeOrName)) return null;
        return FindByCode(codeOrName) ?? (ByName.TryGetValue(NameKey(codeOrName), out var state) ? state : null);
    }

    /// <summary>
    /// The State named by a code or a name, or a <see cref="DomainException"/> with <paramref name="code"/> (the field's
    /// rule, such as "officer.state") and a message that says what to give instead.
    /// </summary>
    public static State Require(string? codeOrName, string code = "state", string what = "The State")
    {
        if (string.IsNullOrWhiteSpace(codeOrName))
            throw new DomainException(code, $"{what} is required; pick a Member State or observer State by name or by its three-letter code, such as ZAF for South Africa.");
        return Find(codeOrName)
            ?? throw new DomainException(code, $"'{codeOrName.Trim()}' is not a State in the register; pick a Member State or observer State by name or by its three-letter code, such as ZAF for South Africa.");
    }

    /// <summary>The name to show for a State's code ("ZAF" → "South Africa"); a code the register lacks is shown as given.</summary>
    public static string NameOf(string? code) => FindByCode(code)?.ShortName ?? code?.Trim() ?? "";

    /// <summary>
    /// The States whose code or name holds <paramref name="query"/> (case and accents aside), in a regional group or all,
    /// in the UN's order.
    /// </summary>
    public static IReadOnlyList<State> Search(string? query, RegionalGroup? group = null)
    {
        var q = SearchKey(query);
        return All.Where(s => (group is null || s.Group == group)
                && (q.Length == 0 || s.Code.Equals(query!.Trim(), StringComparison.OrdinalIgnoreCase)
                    || SearchKey(s.ShortName).Contains(q, StringComparison.Ordinal) || SearchKey(s.FormalName).Contains(q, StringComparison.Ordinal)))
            .ToList();
    }

    /// <summary>The names a State answers to in <see cref="Find"/>.</summary>
    private static IEnumerable<string> NamesOf(State s)
    {
        yield return s.ShortName;
        yield return s.FormalName;
        var bracket = s.ShortName.IndexOf(" (", StringComparison.Ordinal);
        if (bracket > 0) yield return s.ShortName[..bracket];
    }

    private static string NameKey(string name) => RegisterNames.Comparable(name);

    private static string SearchKey(string? text) => RegisterNames.Searchable(text);

    private static List<(State State, string[] AlsoWritten)> Parse(IEnumerable<string> lines)
    {
        var states = new List<(State, string[])>();
        var header = true;
        foreach (var line in lines)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (header) { header = false; continue; }
            var f = line.Split('\t');
            if (f.Length != 7) throw new InvalidOperationException($"states.tsv: '{line}' has {f.Length} columns, not 7.");
            var status = f[1] switch
            {
                "member" => StateStatus.MemberState,
                "observer" => StateStatus.ObserverState,
                _ => throw new InvalidOperationException($"states.tsv: '{f[1]}' is not a status (member or observer)."),
            };
            RegionalGroup? group = f[4].Length == 0 ? null : Enum.Parse<RegionalGroup>(f[4]);
            states.Add((new State(f[0], status, f[2], f[3], group, states.Count + 1, f[5] == "the"),
                f[6].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        }
        return states;
    }
}

/// <summary>How names in the registers are compared: as people type them, whatever the case, accents and spacing.</summary>
public static class RegisterNames
{
    /// <summary>A name as compared for equality: no accents, lower case, one kind of apostrophe, single spaces, no leading "the".</summary>
    public static string Comparable(string? name)
    {
        var key = Searchable(name);
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    /// <summary>A text as searched for inside names: no accents, lower case, one kind of apostrophe, single spaces.</summary>
    public static string Searchable(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var b = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && b.Length > 0) b.Append(' ');
            space = false;
            b.Append(c is '\u2019' or '\u2018' or '`' ? '\'' : char.ToLowerInvariant(c));
        }
        return b.ToString();
    }
}

/// <summary>Reads the register files built into this assembly.</summary>
internal static class RegisterData
{
    public static IEnumerable<string> Read(string file)
    {
        using var stream = typeof(RegisterData).Assembly.GetManifestResourceStream("Plenary.Domain.Participation." + file)
            ?? throw new InvalidOperationException($"The register file {file} is not built into Plenary.Domain.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return lines;
    }
}
