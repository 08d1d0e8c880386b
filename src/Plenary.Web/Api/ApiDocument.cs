using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Plenary.Web.Api;

/// <summary>
/// The OpenAPI document at /openapi/v1.json, as client generators and linters read it: the
/// personal access token as a bearer scheme, each operation's security (the token for writes and
/// for delegations, none for the public reads), a description for each tag, and server addresses
/// without a trailing slash. The problem responses each route can give are declared where the
/// route is mapped (AsRecordWrite for every write, ProducesProblem on the reads).
/// </summary>
public static class ApiDocument
{
    public const string TokenScheme = "personalAccessToken";

    /// <summary>What each tag of the API holds, in the order a reader meets them.</summary>
    private static readonly Dictionary<string, string> Tags = new()
    {
        ["Bodies"] = "Bodies, their mandates, workplans and planned meetings.",
        ["Meetings"] = "Meetings (convenings) of a body: details, plenary meetings, Bureau, and the documents generated from the record.",
        ["Agenda"] = "A meeting's agenda: items and sub-items, their documentation and their place in the organization of work.",
        ["Documents"] = "The document register of a body: entries, language versions and their files.",
        ["Delegations"] = "The persons a State or an organization sends to a meeting; for their own delegate or stakeholder and the Secretariat.",
        ["Registers"] = "The registers of States and of organizations.",
        ["List of speakers"] = "A meeting's list of speakers: delegations ask for the floor, the Chair (an officer) and the Secretariat run it; the clock is stored instants.",
        ["Statements"] = "The statements made at a meeting, and the texts their delegations publish.",
        ["Silence procedures"] = "Decisions by silence procedure: proposals circulated to a circle with a deadline, answered by its members, concluded by time.",
        ["Conclusions and recommendations"] = "The Rapporteur's lists of preliminary conclusions and recommendations, delegates' suggestions, the compilation, comment rounds, the consolidation at the stocktaking convening and the adopted list with its provenance.",
    };

    public static IServiceCollection AddPlenaryOpenApi(this IServiceCollection services) => services.AddOpenApi(o =>
    {
        o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Plenary API";
            doc.Info.Description = "The record of intergovernmental bodies kept by their secretariat: bodies, meetings, agendas, documents and delegations, and the registers of States and organizations. Reading the record is public; writes need a personal access token (Authorization: Bearer plenary_…) of the body's Secretariat, or of the delegate or stakeholder for their own delegation, and name the version they were based on. Errors are RFC 9457 problem details.";
            foreach (var server in doc.Servers ?? []) server.Url = server.Url?.TrimEnd('/');
            AddTokenScheme(doc);
            foreach (var tag in doc.Tags ?? new HashSet<OpenApiTag>())
                if (tag.Name is { } name && Tags.TryGetValue(name, out var description)) tag.Description = description;
            return Task.CompletedTask;
        });
        o.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            var needsToken = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
            AddTokenScheme(context.Document!);
            // A public read names an empty requirement: no credentials needed.
            operation.Security = needsToken
                ? [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(TokenScheme, context.Document)] = [] }]
                : [new OpenApiSecurityRequirement()];
            return Task.CompletedTask;
        });
    });

    private static void AddTokenScheme(OpenApiDocument doc)
    {
        doc.Components ??= new OpenApiComponents();
        doc.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        doc.Components.SecuritySchemes.TryAdd(TokenScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "plenary_…",
            Description = "A personal access token, created (and revoked) on the account page and shown once: 'Authorization: Bearer plenary_…'. It acts with its owner's roles.",
        });
    }
}
