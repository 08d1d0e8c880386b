using System.Globalization;
using Plenary.Domain.Bodies;
using Plenary.Domain.Meetings;

namespace Plenary.Domain.Recommendations;

/// <summary>
/// The workplan under which a convening's Rapporteur lists preliminary conclusions and recommendations, and
/// the topics they are listed under: every topic the workplan plans (the convening's own first), each with
/// the code that identifiers carry ("IC" in 2020/IC/12). Topics come from the workplan, never from code.
/// </summary>
public sealed record ConveningTopics(Workplan Workplan, int Year, IReadOnlyList<string> Topics, IReadOnlyList<string> Planned)
{
    /// <summary>The code of each topic of the workplan (ADR 0024).</summary>
    public IReadOnlyDictionary<string, string> Codes { get; } = TopicCodes.Of(Workplan.PlannedMeetings.OrderBy(p => p.Position).SelectMany(p => p.Topics));

    /// <summary>The workplan whose period covers the convening and that provides for lists of preliminary conclusions; null when none does.</summary>
    public static ConveningTopics? Find(Body body, Meeting meeting)
    {
        if (meeting.BodyId != body.Id) return null;
        var year = meeting.StartDate.Year;
        var workplan = body.Workplans.Where(w => w.PreliminaryConclusions && w.StartYear <= year && year <= w.EndYear)
            .OrderByDescending(w => w.StartYear).FirstOrDefault();
        if (workplan is null) return null;
        var planned = workplan.PlannedMeetings.FirstOrDefault(p => p.MeetingNumber == meeting.Number)
            ?? workplan.PlannedMeetings.FirstOrDefault(p => p.MeetingNumber is null && p.Year == year);
        var own = planned?.Topics ?? [];
        var all = workplan.PlannedMeetings.OrderBy(p => p.Position).SelectMany(p => p.Topics).Distinct(StringComparer.Ordinal).ToList();
        return new ConveningTopics(workplan, year, own.Concat(all.Where(t => !own.Contains(t))).ToList(), own);
    }

    /// <summary>As <see cref="Find"/>, or the refusal that says why the convening has no list.</summary>
    public static ConveningTopics Require(Body body, Meeting meeting, Convenes convenes)
    {
        if (meeting.BodyId != body.Id)
            throw new DomainException("preliminary.meeting", "The convening is another body's.");
        if (meeting.IsStocktaking)
            throw new DomainException("preliminary.stocktaking",
                $"{Editorial.Sentences.Opening(Editorial.Convenings.The(convenes, meeting))} is the stocktaking convening: it consolidates the lists of the earlier convenings and records no preliminary text of its own.");
        return Find(body, meeting) ?? throw new DomainException("preliminary.workplan",
            $"No workplan of the {body.ShortName} covering {meeting.StartDate.Year.ToString(CultureInfo.InvariantCulture)} provides for lists of preliminary conclusions and recommendations, "
            + $"so {Editorial.Convenings.The(convenes, meeting)} has none; say so in the workplan first.");
    }

    /// <summary>The topic as the workplan writes it, from its name in any case or its code; null when the workplan has no such topic.</summary>
    public string? FindTopic(string? topic)
    {
        var given = topic?.Trim() ?? "";
        return Topics.FirstOrDefault(t => string.Equals(t, given, StringComparison.OrdinalIgnoreCase))
            ?? Topics.FirstOrDefault(t => string.Equals(Codes[t], given, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>As <see cref="FindTopic"/>, or the refusal naming the workplan's topics.</summary>
    public string RequireTopic(string? topic, string code = "preliminary.topic")
    {
        var given = topic?.Trim() ?? "";
        if (FindTopic(given) is { } found) return found;
        var choices = Editorial.Lists.Join(Topics.Select(t => $"\u201c{t}\u201d").ToList(), "or");
        throw new DomainException(code, given.Length == 0
            ? $"The topic is required; pick one of the workplan's topics: {choices}."
            : $"\u201c{given}\u201d is not a topic of the workplan; pick {choices}.");
    }
}

/// <summary>
/// The codes of a workplan's topics, as identifiers carry them: the initials of the words of substance
/// ("Law enforcement and investigations" → LEI, "International cooperation" → IC), or the first two letters
/// of a topic of one word ("Prevention" → PR). What a topic says in brackets is left out. A code already taken by
/// an earlier topic of the list is lengthened by the next letters of the topic's last word, then by a digit.
/// </summary>
public static class TopicCodes
{
    private static readonly HashSet<string> Small = new(["and", "of", "the", "in", "on", "for", "to", "a", "an", "with", "by", "at", "from", "or", "its", "their"], StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyDictionary<string, string> Of(IEnumerable<string> topics)
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var topic in topics)
        {
            if (codes.ContainsKey(topic)) continue;
            var code = Candidates(topic).First(c => !taken.Contains(c));
            codes[topic] = code;
            taken.Add(code);
        }
        return codes;
    }

    private static IEnumerable<string> Candidates(string topic)
    {
        var bare = System.Text.RegularExpressions.Regex.Replace(topic, @"\([^)]*\)", " ");
        var words = bare.Split([' ', '-', '\u2011', ',', ';', ':', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0 && !Small.Contains(w)).ToList();
        if (words.Count == 0) words = ["T"];
        var last = words[^1].ToUpperInvariant();
        var stem = words.Count == 1 ? last[..Math.Min(2, last.Length)] : string.Concat(words.Select(w => char.ToUpperInvariant(w[0])));
        var from = words.Count == 1 ? Math.Min(2, last.Length) : 1;
        yield return stem;
        for (var i = from; i < last.Length && i < from + 4; i++)
            yield return stem + last[from..(i + 1)];
        for (var n = 2; ; n++) yield return stem + n.ToString(CultureInfo.InvariantCulture);
    }
}
