using Microsoft.AspNetCore.Mvc.ModelBinding;
using Plenary.Application.Recommendations;
using Plenary.Domain.Recommendations;

namespace Plenary.Web.Pages.Recommendations;

/// <summary>
/// The fields of a preliminary text as a form posts them (recording, suggesting, amending, accepting a suggestion):
/// the States as names or codes separated by semicolons or commas, each read by the register.
/// </summary>
public sealed record TextFields(string? Topic, string? AgendaItem, TextKind Kind, string? Text, string? SuggestedBy, string? Language)
{
    public static TextFields Empty(string? topic = null) => new(topic, null, TextKind.Recommendation, null, null, "en");

    public static TextFields Of(PreliminaryTextView t) =>
        new(t.Topic, t.AgendaItem, t.Kind, t.Text, string.Join("; ", t.SuggestedBy.Select(s => s.Name)), t.Language);

    public static TextFields Of(SuggestionView s) => new(s.Topic, s.AgendaItem, s.Kind, s.Text, s.State.Name, s.Language);

    public PreliminaryInput Input() => new(Topic, AgendaItem, Kind, Text, States(SuggestedBy), Language);

    public static IReadOnlyList<string> States(string? text) =>
        (text ?? "").Split([';', ',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>
/// One form of a preliminary text (_TextForm.cshtml). <paramref name="Form"/> keeps the ids of several forms on a page
/// apart; <paramref name="Errors"/> holds the refusal's messages when this form was the one refused.
/// </summary>
public sealed record TextForm(string Form, string Handler, string Submit, TextFields Values, IReadOnlyList<string> Topics,
    IReadOnlyList<AgendaChoice> AgendaItems, ModelStateDictionary? Errors, IReadOnlyDictionary<string, string> Hidden,
    bool AskStates = true, bool AskTopic = true, string StatesLabel = "Suggested by (Member States, separated by semicolons)")
{
    public string Id(string field) => $"{Form}-{field}";

    public string? Error(string field) => Errors?[field]?.Errors.FirstOrDefault()?.ErrorMessage;
}
