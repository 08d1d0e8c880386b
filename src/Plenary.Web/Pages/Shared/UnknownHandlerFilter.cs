using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Plenary.Web.Pages.Shared;

/// <summary>
/// A request that names no handler of the page: an unknown <c>?handler=</c> answers 404 (not the
/// page's unnamed handler in its place), and a method
/// the page has no handler for (POST or TRACE to a page that is only read) answers 405 with the
/// methods it takes, instead of rendering the page without its data (a 500). The error page, which
/// answers whatever method failed, is left alone.
/// </summary>
public sealed class UnknownHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var handlers = context.ActionDescriptor.HandlerMethods;
        if (handlers.Count == 0 || context.HandlerInstance is ErrorModel)
        {
            await next();
            return;
        }
        var http = context.HttpContext;
        // A handler asked for by name must exist: Razor Pages would otherwise fall back to the page's
        // unnamed one, so that a mistyped ?handler= on a post could do something else than asked.
        var named = context.RouteData.Values["handler"] as string ?? http.Request.Query["handler"].FirstOrDefault();
        if (!string.IsNullOrEmpty(named) && !string.Equals(context.HandlerMethod?.Name, named, StringComparison.OrdinalIgnoreCase))
        {
            context.Result = new NotFoundResult();
            return;
        }
        if (context.HandlerMethod is not null)
        {
            await next();
            return;
        }
        var methods = handlers.Select(h => h.HttpMethod.ToUpperInvariant()).Distinct().ToList();
        if (methods.Contains("GET")) methods.Add("HEAD");
        http.Response.Headers.Allow = string.Join(", ", methods.Distinct());
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }
}
