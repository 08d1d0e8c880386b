namespace Plenary.Web.Pages.Shared;

/// <summary>
/// One labelled field of a body editor form (_TextField.cshtml), with its message next to it when
/// the form was refused for it. Ids are the form's key and the name, so several forms share a page.
/// </summary>
/// <param name="Type">text, number, date, or textarea.</param>
public sealed record TextField(string Form, string Name, string Label, string? Value, string? Error, bool Required = false, string Type = "text")
{
    public string Id => $"{Form}-{Name}";
}
