using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Application.Documents;
using Plenary.Application.Editing;
using Plenary.Application.Participation;
using Plenary.Domain.Documents;
using Plenary.Domain.Participation;
using Plenary.Web.Security;

namespace Plenary.Web.Api.Participation;

public sealed record DelegationMemberBody(string? Title, string? FirstName, string? FamilyName, string? Function, string? Email, DelegationRole? Role, ParticipationMode? Mode);
public sealed record DelegationBody(int? Version, ParticipantCategory? Category, IReadOnlyList<DelegationMemberBody>? Members) : IVersionedBody;
public sealed record VersionBody(int? Version) : IVersionedBody;
public sealed record AttendanceBody(int? Version, bool? Present) : IVersionedBody;

/// <summary>Who was present at a plenary meeting, and how many of each category (by its camelCase name).</summary>
public sealed record AttendanceAnswer(int PlenaryMeeting, IReadOnlyList<PresentParticipant> Present, IReadOnlyDictionary<string, int> Counts);
public sealed record PresentParticipant(ParticipantKey Participant, string Name, ParticipantCategory Category);

/// <summary>What an import would do (preview) or did: the delegations with their persons, and every bad row.</summary>
public sealed record ImportAnswer(int Rows, int Persons, string Basis, IReadOnlyList<ImportedDelegationAnswer> Delegations, IReadOnlyList<ImportProblem> Problems,
    IReadOnlyList<string> IgnoredColumns);
public sealed record ImportedDelegationAnswer(ParticipantKey Participant, string Name, ParticipantCategory Category, bool IsNew, int Version, IReadOnlyList<ImportedPersonAnswer> Persons);
public sealed record ImportedPersonAnswer(int Row, string Name, string? Function, string? Email, DelegationRole Role, ParticipationMode Mode);

/// <summary>
/// Delegations through the API: a delegation is read and replaced by its own delegate or stakeholder (or the Secretariat),
/// who also uploads its letter and checks it in at plenary meetings; the Secretariat lists every delegation, approves them
/// and imports registrations. Delegation lists name persons, so they are not public; who attended which plenary meeting is.
/// </summary>
public static class DelegationsApi
{
    private const string Meeting = "/bodies/{slug}/meetings/{number:int}";
    private const string Route = Meeting + "/delegations/{kind}/{participant}";
    private const string ReadFrom = "/api/v1/bodies/{slug}/meetings/{number}/delegations/{kind}/{participant} (0 for a delegation not registered yet)";

    public static void MapDelegationsApi(this RouteGroupBuilder api)
    {
        api.MapGet(Meeting + "/delegations", async (string slug, int number, HttpContext http, Delegations delegations, CancellationToken ct) =>
                await ApiWrites.RefuseUnlessEditorAsync(http) ?? (await delegations.ListAsync(slug, number, ct) is { } list ? Results.Ok(list) : NoMeeting(slug, number)))
            .RequireAuthorization(Policies.Secretariat)
            .WithName("ListDelegations")
            .Produces<IReadOnlyList<DelegationView>>()
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound)
            .WithSummary("Every delegation registered for a meeting, States in the United Nations order then organizations, each with its persons, letter, status (pending or approved) and attendance. For the body's Secretariat.");

        api.MapGet(Route, async (string slug, int number, string kind, string participant, HttpContext http, BodyQueries bodies, Delegations delegations, CancellationToken ct) =>
            {
                var (key, refusal) = await ScopeAsync(http, bodies, slug, kind, participant, ct);
                if (refusal is not null) return refusal;
                return await delegations.GetAsync(slug, number, key!, ct) is { } view ? Results.Ok(view) : NoMeeting(slug, number);
            })
            .RequireAuthorization(Policies.Participant)
            .WithName("GetDelegation")
            .Produces<DelegationView>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound)
            .WithSummary("A delegation to a meeting, for its own delegate or stakeholder and the Secretariat. version 0: not registered yet.");

        api.MapPut(Route, async (string slug, int number, string kind, string participant, DelegationBody? body, HttpContext http, Delegations delegations, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (body.Members is null)
                    return Problems.BadParameter("members", "Give the list of persons, in order: [{\"title\": \"Ms.\", \"firstName\": \"…\", \"familyName\": \"…\", \"role\": \"head\", \"mode\": \"inPerson\"}].");
                for (var i = 0; i < body.Members.Count; i++)
                    if (string.IsNullOrWhiteSpace(body.Members[i]?.FamilyName))
                        return Problems.BadParameter($"members[{i}].familyName", "Give each person's family name (and title and first name where they have them).");
                var members = body.Members.Select(m => new DelegationMemberInput(m.Title, m.FirstName, m.FamilyName, m.Function, m.Email, m.Role, m.Mode)).ToList();
                return Problems.FromEdit(await delegations.ReplaceAsync(slug, number, Key(kind, participant), version, body.Category, members, await BySecretariatAsync(http), ct));
            })
            .AsRecordWrite("ReplaceDelegation", "Replaces the list of persons on a delegation (title, firstName, familyName, function, email, role: head, alternate, representative, expert or adviser; mode: inPerson or online). A delegate acts only for their own State, a stakeholder only for their own organization.",
                "/api/v1" + Route.Replace(":int", "") + " (0 for a delegation not registered yet)", RefuseUnlessActingForAsync, Policies.Participant);

        api.MapGet(Route + "/letter", async (string slug, int number, string kind, string participant, HttpContext http, BodyQueries bodies, Delegations delegations, CancellationToken ct) =>
            {
                var (key, refusal) = await ScopeAsync(http, bodies, slug, kind, participant, ct);
                if (refusal is not null) return refusal;
                return await delegations.LetterAsync(slug, number, key!, ct) is var (letter, content)
                    ? Results.File(content, letter.ContentType, letter.FileName)
                    : Problems.Create(StatusCodes.Status404NotFound, "No letter", "No note verbale or official letter is on file for this delegation.");
            })
            .RequireAuthorization(Policies.Participant)
            .WithName("GetDelegationLetter")
            .Produces(StatusCodes.Status200OK, contentType: DocumentFile.PdfType, additionalContentTypes: [DocumentFile.DocxType])
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound)
            .WithSummary("The delegation's note verbale or official letter (PDF or DOCX), for its delegate or stakeholder and the Secretariat.");

        api.MapPut(Route + "/letter", async (string slug, int number, string kind, string participant, [FromQuery] int? version, [FromQuery] string? fileName,
                HttpContext http, Delegations delegations, DocumentLimits limits, CancellationToken ct) =>
            {
                var v = version.BaseVersion();
                if (await ApiFiles.ReadAsync(http, limits.MaxFileBytes, "letter", ct) is not { } file) return ApiFiles.Refusal(http, limits.MaxFileBytes);
                return Problems.FromEdit(await delegations.AttachLetterAsync(slug, number, Key(kind, participant), v, file with { FileName = fileName ?? file.FileName },
                    limits.MaxFileBytes, await BySecretariatAsync(http), ct));
            })
            .AsRecordWrite("UploadDelegationLetter", "Uploads (or replaces) the delegation's note verbale or official letter: the raw PDF or DOCX as the body, ?version=N (0 to open the delegation) and optionally ?fileName=. The delegation then awaits approval.",
                ReadFrom, RefuseUnlessActingForAsync, Policies.Participant)
            .ProducesProblems(StatusCodes.Status413PayloadTooLarge);

        api.MapPost(Route + "/approval", async (string slug, int number, string kind, string participant, VersionBody? body, Delegations delegations, CancellationToken ct) =>
                ParticipantKey.TryParse(kind, participant, out var key, out var error)
                    ? Problems.FromEdit(await delegations.ApproveAsync(slug, number, key, body.BaseVersion(), ct))
                    : Problems.BadParameter(error.Segment, error.Error))
            .AsRecordWrite("ApproveDelegation", "The Secretariat approves a delegation as it stands: it lists its persons, one of them head of delegation, and its letter is on file.", ReadFrom);

        api.MapGet(Meeting + "/plenary-meetings/{plenary:int}/attendance", async (string slug, int number, int plenary, AttendanceQueries attendance, CancellationToken ct) =>
                await attendance.ListAsync(slug, number, plenary, null, ct) is { } list
                    ? Results.Ok(new AttendanceAnswer(plenary,
                        list.Rows.Where(r => r.Present).Select(r => new PresentParticipant(r.Participant, r.Name, r.Category)).ToList(),
                        list.Rows.Where(r => r.Present).GroupBy(r => r.Category).ToDictionary(g => JsonName(g.Key.ToString()), g => g.Count())))
                    : Problems.Create(StatusCodes.Status404NotFound, "Not found", $"The body '{slug}' has no meeting {number} with a plenary meeting numbered {plenary}."))
            .AllowAnonymous()
            .WithName("GetAttendance")
            .Produces<AttendanceAnswer>()
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Who was present at a plenary meeting (States and organizations, by name), and how many of each category. Public, like the report's attendance paragraph.");

        api.MapPut(Meeting + "/plenary-meetings/{plenary:int}/attendance/{kind}/{participant}", async (string slug, int number, int plenary, string kind, string participant,
                AttendanceBody? body, HttpContext http, Delegations delegations, CancellationToken ct) =>
            {
                var version = body.BaseVersion();
                if (body.Present is not { } present) return Problems.BadParameter("present", "Say whether the delegation was present: true or false.");
                return Problems.FromEdit(await delegations.SetAttendanceAsync(slug, number, Key(kind, participant), version, plenary, present, await BySecretariatAsync(http), ct));
            })
            .AsRecordWrite("SetAttendance", "Checks a delegation in at a plenary meeting (present: true) or takes the check-in back: a delegate or stakeholder for their own registered delegation while the meeting is to be held, the Secretariat for any.",
                ReadFrom, RefuseUnlessActingForAsync, Policies.Participant);

        api.MapPost(Meeting + "/registrations/import", async (string slug, int number, [FromQuery] bool? preview, [FromQuery] string? basis, HttpContext http,
                RegistrationImport import, CancellationToken ct) =>
            {
                using var reader = new StreamReader(http.Request.Body, System.Text.Encoding.UTF8);
                var csv = await reader.ReadToEndAsync(ct);
                if (preview ?? false)
                    return await import.PreviewAsync(slug, number, csv, ct) is { } p
                        ? (p.Unreadable ? Results.BadRequest(PreviewJson(p)) : Results.Ok(PreviewJson(p)))
                        : NoMeeting(slug, number);
                var outcome = await import.ImportAsync(slug, number, csv, basis, ct);
                return outcome.Result.Succeeded ? Results.Ok(PreviewJson(outcome.Preview!)) : Problems.FromEdit(outcome.Result);
            })
            .AsRecordWrite("ImportRegistrations", "Imports registrations from a CSV file (the body, text/csv): first name, last name, title, affiliation, country, email, participation mode (position and role optional). ?preview=true writes nothing and answers what would be created and every bad row (row, column, message); without it, every good row is written in one transaction, or nothing. ?basis= (the preview's) refuses an import over delegations changed since.",
                readFrom: null, answer: typeof(ImportAnswer));
    }

    private static ImportAnswer PreviewJson(ImportPreview p) => new(p.Rows, p.Persons, p.Basis,
        p.Delegations.Select(d => new ImportedDelegationAnswer(d.Participant, d.Name, d.Category, d.IsNew, d.Version,
            d.Persons.Select(x => new ImportedPersonAnswer(x.Row, x.Name, x.Function, x.Email, x.Role, x.Mode)).ToList())).ToList(),
        p.Problems, p.IgnoredColumns);

    /// <summary>Whether the caller writes as the Secretariat of the body in the route (who may still correct a meeting that is over).</summary>
    internal static async Task<bool> BySecretariatAsync(HttpContext http) =>
        http.GetRouteValue("slug") is string slug && await http.RequestServices.GetRequiredService<BodyQueries>().GetAsync(slug, http.RequestAborted) is { } body
        && http.User.CanEditRecord(body.BodyId);

    private static ParticipantKey Key(string kind, string participant)
    {
        ParticipantKey.TryParse(kind, participant, out var key, out _);
        return key;
    }

    internal static IResult NoMeeting(string slug, int number) =>
        Problems.Create(StatusCodes.Status404NotFound, "Not found", $"The body '{slug}' has no convening numbered {number}.");

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>Null when the caller may act for the delegation in the route; otherwise the 400, 404 or 403 to answer.</summary>
    internal static async Task<IResult?> RefuseUnlessActingForAsync(HttpContext http) =>
        (await ScopeAsync(http, http.RequestServices.GetRequiredService<BodyQueries>(), http.GetRouteValue("slug") as string ?? "",
            http.GetRouteValue("kind") as string ?? "", http.GetRouteValue("participant") as string ?? "", http.RequestAborted)).Refusal;

    /// <summary>The delegation's key when the caller may act for it; otherwise the 404 or 403 to answer.</summary>
    internal static async Task<(ParticipantKey? Key, IResult? Refusal)> ScopeAsync(HttpContext http, BodyQueries bodies, string slug, string kind, string participant, CancellationToken ct)
    {
        // A delegation names persons: no cache, shared or private, keeps it.
        http.Response.Headers.CacheControl = "no-store";
        if (!ParticipantKey.TryParse(kind, participant, out var key, out var error))
            return (null, Problems.BadParameter(error.Segment, error.Error));
        if (await bodies.GetAsync(slug, ct) is not { } body)
            return (null, Problems.Create(StatusCodes.Status404NotFound, "Body not found", $"There is no body with the slug '{slug}'."));
        if (!http.User.MayActFor(body.BodyId, key))
            return (null, Problems.Create(StatusCodes.Status403Forbidden, "Not allowed", "A delegate acts only for their own State's delegation, a stakeholder only for their own organization."));
        return (key, null);
    }
}

/// <summary>Files sent as a raw request body (a letter, a statement's text): PDF or DOCX, within the size limit.</summary>
internal static class ApiFiles
{
    /// <summary>The file, or null when the request is refused (<see cref="Refusal"/> says why).</summary>
    public static async Task<UploadedFile?> ReadAsync(HttpContext http, long max, string name, CancellationToken ct)
    {
        var mediaType = MediaType(http);
        if (mediaType is not (DocumentFile.PdfType or DocumentFile.DocxType)) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max) return null;
            buffer.Write(chunk, 0, read);
        }
        return new UploadedFile($"{name}{(mediaType == DocumentFile.PdfType ? ".pdf" : ".docx")}", buffer.ToArray());
    }

    public static IResult Refusal(HttpContext http, long max) =>
        MediaType(http) is not (DocumentFile.PdfType or DocumentFile.DocxType)
            ? Problems.BadParameter("Content-Type", $"Send the file as the request body with 'Content-Type: {DocumentFile.PdfType}' or '{DocumentFile.DocxType}'; only PDF and DOCX files are accepted.")
            : Problems.Create(StatusCodes.Status413PayloadTooLarge, "File too large", $"The file is larger than {max} bytes, the largest file accepted.");

    private static string? MediaType(HttpContext http) => http.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
}
