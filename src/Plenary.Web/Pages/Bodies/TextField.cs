namespace Plenary.Web.Pages.Bodies;

/// <summary>
/// One labelled field of a body editor form (_TextField.cshtml), with its message next to it when
/// the form was refused for it. Ids are the form's key and the name, so several forms share a page.
/// </summary>
/// <param name="Type">text, number, date, or textarea.</param>
public sealed record TextField(string Form, string Name, string Label, string? Value, string? Error, bool Required = false, string Type = "text")
{
    public string Id => $"{Form}-{Name}";
}

/// <summary>The form of one planned meeting (_PlannedMeetingForm.cshtml): to add one (no position) or to edit one.</summary>
public sealed record PlannedMeetingFields(string Form, string Handler, Guid Workplan, int? Position, PlannedMeetingForm Values, int Version, string? FailedField, string? Error, string Button)
{
    public string? ErrorFor(string field) => FailedField == field ? Error : null;
}
