using Plenary.Domain.Meetings;

namespace Plenary.Web.Pages.Meetings;

/// <summary>Words the pages use for a meeting's format and status.</summary>
public static class MeetingText
{
    public static string Format(MeetingFormat format) => format switch
    {
        MeetingFormat.InPerson => "In person",
        MeetingFormat.Hybrid => "Hybrid",
        MeetingFormat.Online => "Online",
    };

    public static string Status(MeetingStatus status) => status switch
    {
        MeetingStatus.Planned => "Planned",
        MeetingStatus.Postponed => "Postponed",
        MeetingStatus.Held => "Held",
        MeetingStatus.Cancelled => "Cancelled",
    };

    public static string Kind(ConveningKind kind) => kind switch
    {
        ConveningKind.Regular => "Regular",
        ConveningKind.Special => "Special",
        ConveningKind.Resumed => "Resumed",
        ConveningKind.Reconvened => "Reconvened",
        ConveningKind.Organizational => "Organizational",
        ConveningKind.Intersessional => "Intersessional consultation",
        ConveningKind.InformalConsultation => "Informal consultation",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of convening."),
    };

    public static string Language(string code) => Plenary.Domain.Documents.OfficialLanguage.Name(code);
}
