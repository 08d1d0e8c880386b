using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Plenary.Web.Api;

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
}
