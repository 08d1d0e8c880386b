using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace Plenary.Web.Api;

/// <summary>
/// A request the API cannot even read (a body that is not JSON, a date that is not a date, a value
/// outside an enumeration, a query value of the wrong kind) is answered as a 400 problem that names
/// the parameter and says what it takes, like every other input error, instead of a bare 400.
/// </summary>
public static partial class UnreadableRequests
{
    public static IApplicationBuilder UseUnreadableRequestProblems(this IApplicationBuilder api) => api.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            var (parameter, detail) = Explain(e);
            var problem = new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "Invalid parameter", Detail = detail };
            if (parameter is not null) problem.Extensions["parameter"] = parameter;
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
        }
    });

    private static (string? Parameter, string Detail) Explain(BadHttpRequestException e)
    {
        if (e.InnerException is JsonException json)
        {
            var path = json.Path is { Length: > 1 } p ? p.TrimStart('$', '.') : null;
            if (path is null || json.Message.Contains("invalid", StringComparison.OrdinalIgnoreCase) && !json.Message.Contains("converted", StringComparison.Ordinal))
                return (path, "The body is not valid JSON" + (json.LineNumber is { } line ? $" (line {line + 1}, position {json.BytePositionInLine + 1})" : "") + "; send one JSON object as /openapi/v1.json describes.");
            return (path, $"'{path}' cannot be read: {Expected(PropertyType(json.Message, path))}");
        }
        if (BindFailure().Match(e.Message) is { Success: true } bind)
            return (bind.Groups["name"].Value, $"'{bind.Groups["name"].Value}' cannot be read from '{bind.Groups["value"].Value}': {Expected(TypeNamed(bind.Groups["type"].Value))}");
        return (null, "The request cannot be read; see /openapi/v1.json for what this route takes.");
    }

    /// <summary>The type of the body's property at the path, found from the body type the message names.</summary>
    private static Type? PropertyType(string message, string path)
    {
        var body = TypeName().Matches(message).Select(m => AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(m.Value.TrimEnd('.'))).FirstOrDefault(t => t is not null)).FirstOrDefault(t => t is not null);
        return body?.GetProperty(path, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase)?.PropertyType;
    }

    /// <summary>What a value of the type looks like.</summary>
    private static string Expected(Type? type) => (type is null ? null : Nullable.GetUnderlyingType(type) ?? type) switch
    {
        { IsEnum: true } e => $"give one of {string.Join(", ", Enum.GetNames(e).Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}.",
        var t when t == typeof(DateOnly) => "give a date as YYYY-MM-DD.",
        var t when t == typeof(TimeOnly) => "give a time as HH:mm.",
        var t when t == typeof(int) || t == typeof(long) => "give a whole number.",
        var t when t == typeof(bool) => "give true or false.",
        var t when t == typeof(Guid) => "give an id as the API returned it.",
        var t when t == typeof(string) => "give text in quotes.",
        _ => "it is not of the kind this route takes; see /openapi/v1.json.",
    };

    private static Type? TypeNamed(string name) => name.Replace("Nullable<", "").TrimEnd('?', '>') switch
    {
        "int" or "Int32" => typeof(int),
        "bool" or "Boolean" => typeof(bool),
        "Guid" => typeof(Guid),
        "DateOnly" => typeof(DateOnly),
        _ => null,
    };

    [GeneratedRegex("""Failed to bind parameter "(?<type>[^"]*?)\s*(?<name>\w+)" from "(?<value>[^"]*)"\.""")]
    private static partial Regex BindFailure();

    [GeneratedRegex(@"Plenary\.[\w.]+")]
    private static partial Regex TypeName();
}
