using Plenary.Application.Participation;
using Plenary.Domain.Participation;

namespace Plenary.Web.Pages.Shared;

/// <summary>
/// A State picked from the register in a form (_StatePicker.cshtml). It works without JavaScript: a text input with a list of
/// the States' names (a datalist) that takes a name or a three-letter code, or, with <paramref name="AsSelect"/>, a select of
/// names whose values are the codes. Either way the page hands the posted text to the domain, which reads it with
/// <see cref="StateRegister.Require"/> and refuses anything that is not a State ("XYZ") with a message shown next to the field.
/// </summary>
/// <param name="Form">The form's key, so that several forms on a page keep their ids apart.</param>
/// <param name="Name">The posted field's name.</param>
/// <param name="Value">A State's code as stored (shown by its name), or what was typed when the form was refused (shown as typed).</param>
/// <param name="IncludeObservers">Offer the observer States too (the Holy See, the State of Palestine).</param>
public sealed record StatePicker(string Form, string Name, string Label, string? Value, string? Error, bool Required = false,
    bool IncludeObservers = true, bool AsSelect = false)
{
    public string Id => $"{Form}-{Name}";

    /// <summary>What the field shows: a code's State by name; anything else as it was typed.</summary>
    public string? Shown => StateRegister.FindByCode(Value)?.ShortName ?? Value;

    /// <summary>The State the value names, if any (the select marks it chosen).</summary>
    public State? Chosen => StateRegister.Find(Value);

    public IReadOnlyList<State> States => IncludeObservers ? StateRegister.All : StateRegister.MemberStates;
}

/// <summary>
/// An organization picked from the register in a form (_OrganizationPicker.cshtml): a text input with a list of the register's
/// names, without JavaScript. The page hands the posted text to <see cref="Organizations.RequireAsync"/>, which refuses a name
/// the register does not hold. <paramref name="Register"/> is <c>await organizations.ListAsync()</c>.
/// </summary>
public sealed record OrganizationPicker(string Form, string Name, string Label, string? Value, string? Error,
    IReadOnlyList<OrganizationView> Register, bool Required = false)
{
    public string Id => $"{Form}-{Name}";

    /// <summary>What the field shows: an id's organization by name; anything else as it was typed.</summary>
    public string? Shown => Guid.TryParse(Value, out var id) && Register.FirstOrDefault(o => o.Id == id) is { } o ? o.Name : Value;
}
