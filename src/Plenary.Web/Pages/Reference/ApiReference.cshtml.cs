using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Plenary.Web.Pages.Reference;

/// <summary>
/// The API reference for people: the OpenAPI document the app serves at /openapi/v1.json, read in
/// process and shown by tag, each operation with its method, address, summary, whether it needs a
/// token, its parameters, the body it takes and the answers it can give.
/// </summary>
[AllowAnonymous]
public sealed class ApiReferenceModel : PageModel
{
    public string Title { get; private set; } = "";
    public string? Description { get; private set; }
    public IReadOnlyList<Section> Sections { get; private set; } = [];

    public sealed record Section(string Name, string Anchor, string? Description, IReadOnlyList<Operation> Operations);

    public sealed record Operation(string Method, string Path, string? Summary, string? Description, bool NeedsToken,
        IReadOnlyList<Parameter> Parameters, string? Body, IReadOnlyList<(string Status, string Meaning)> Answers)
    {
        public string Anchor => Slug(Method + "-" + Path);
    }

    public sealed record Parameter(string Name, string Where, bool Required, string? Type, string? Description);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var document = await HttpContext.RequestServices.GetRequiredKeyedService<IOpenApiDocumentProvider>("v1").GetOpenApiDocumentAsync(ct);
        Title = document.Info?.Title ?? "API";
        Description = document.Info?.Description;
        var tagDescriptions = (document.Tags ?? new HashSet<OpenApiTag>()).Where(t => t.Name is not null).ToDictionary(t => t.Name!, t => t.Description);
        var operations = new List<(string Tag, Operation Operation)>();
        foreach (var (path, item) in document.Paths ?? [])
            foreach (var (method, operation) in item.Operations ?? [])
            {
                var needsToken = operation.Security?.Any(r => r.Count > 0) == true;
                var parameters = (operation.Parameters ?? []).Select(p => new Parameter(p.Name ?? "", p.In?.ToString().ToLowerInvariant() ?? "", p.Required, TypeOf(p.Schema), p.Description)).ToList();
                var body = operation.RequestBody?.Content is { Count: > 0 } content
                    ? string.Join(", ", content.Select(c => c.Key + (TypeOf(c.Value.Schema) is { } t ? $" ({t})" : "")))
                    : null;
                var answers = (operation.Responses ?? []).OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => (r.Key, r.Value.Description ?? "")).ToList();
                var tag = operation.Tags?.FirstOrDefault()?.Name ?? "Other";
                operations.Add((tag, new Operation(method.Method, path, operation.Summary, operation.Description, needsToken, parameters, body, answers)));
            }
        var order = tagDescriptions.Keys.ToList();
        Sections = operations.GroupBy(o => o.Tag)
            .OrderBy(g => order.IndexOf(g.Key) is var i and >= 0 ? i : int.MaxValue).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Section(g.Key, Slug(g.Key), tagDescriptions.GetValueOrDefault(g.Key), g.Select(o => o.Operation).ToList()))
            .ToList();
    }

    private static string? TypeOf(IOpenApiSchema? schema) => schema switch
    {
        null => null,
        OpenApiSchemaReference reference => reference.Reference?.Id,
        { Type: { } type } when type.HasFlag(JsonSchemaType.Array) => "list of " + (TypeOf(schema.Items) ?? "values"),
        { Type: { } type } => (type & ~JsonSchemaType.Null).ToString().ToLowerInvariant() + (schema.Format is { } f ? $", {f}" : ""),
        _ => null,
    };

    private static string Slug(string text) =>
        string.Concat(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-');
}
