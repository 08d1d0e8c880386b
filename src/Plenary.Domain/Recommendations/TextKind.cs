namespace Plenary.Domain.Recommendations;

/// <summary>What a text of the Rapporteur's list is: a conclusion the body draws, or a recommendation it makes.</summary>
public enum TextKind { Conclusion, Recommendation }

/// <summary>
/// Where a preliminary text stands in its convening's list: listed (the list and the compilation show it),
/// merged at the convening into another text of the list, or removed from the list by the Rapporteur. A merged
/// or removed text keeps its identifier, which is never given to another text.
/// </summary>
public enum PreliminaryStatus { Listed, Merged, Removed }

public static class TextKinds
{
    /// <summary>"conclusion" or "recommendation".</summary>
    public static string Word(TextKind kind) => kind switch
    {
        TextKind.Conclusion => "conclusion",
        TextKind.Recommendation => "recommendation",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of text."),
    };
}
