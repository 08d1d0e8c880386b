using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Editing;

namespace Plenary.Web.Api;

/// <summary>What a write answers when it is done: the entity's new version, for the next edit.</summary>
public sealed record EditedVersion(int? Version)
{
    /// <summary>What the edit, made, should make the caller aware of (more plenary meetings than the conference services allow); left out when none.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Warnings { get; init; }
}

/// <summary>RFC 9457 problem details, the one shape of every API error.</summary>
public static class Problems
{
    public static ProblemHttpResult BadParameter(string parameter, string detail) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid parameter",
            Detail = detail,
            Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
            Extensions = { ["parameter"] = parameter },
        });

    public static ProblemHttpResult Create(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);

    /// <summary>
    /// The answer to a write: 200 with the entity's new version (or 201 at <paramref name="created"/>),
    /// 404, 400 for a broken rule (naming the field when known), 409 for a stale version, listing
    /// the changes made since, or 409 for a value another edit has just recorded under a unique key (naming the field).
    /// </summary>
    public static IResult FromEdit(EditResult result, string? created = null)
    {
        if (result.Succeeded)
        {
            var edited = new EditedVersion(result.Version) { Warnings = result.Warnings.Count == 0 ? null : result.Warnings };
            return created is null ? Results.Ok(edited) : Results.Created(created, edited);
        }
        if (result.NotFound) return Create(StatusCodes.Status404NotFound, "Not found", result.Error!);
        if (result.IsStale)
            return TypedResults.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The record changed since you read it",
                Detail = result.Error,
                Extensions =
                {
                    ["changes"] = result.ChangedSince!.Select(c => new { at = c.OccurredAt, actor = c.Actor, channel = c.Channel, entity = c.EntityType, action = c.Action, before = c.Before, after = c.After }).ToList(),
                },
            });
        var problem = result.Clashed
            ? new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Another edit recorded this value first", Detail = result.Error }
            : new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "The edit breaks a rule", Detail = result.Error };
        if (result.Field is { } field) problem.Extensions["field"] = char.ToLowerInvariant(field[0]) + field[1..];
        return TypedResults.Problem(problem);
    }
}
