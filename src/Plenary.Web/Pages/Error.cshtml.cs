using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Plenary.Web.Pages;

[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Something went wrong";
    public string Explanation { get; private set; } = "Plenary could not complete the request. The problem has been logged; please try again.";

    /// <summary>
    /// Runs whatever the method (the page is re-executed with the method that failed). The status is
    /// set only when it is an error status (400 to 599): /error?status=101 must not make the server
    /// answer 101 (or 100, 204, 304, 0), which a client would read as something else than this page.
    /// </summary>
    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        int? status = int.TryParse(Request.Query["status"].FirstOrDefault(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var asked)
            && asked is >= 400 and <= 599 ? asked : null;
        if (status is { } code) Response.StatusCode = code;
        (Heading, Explanation) = status switch
        {
            404 => ("Page not found", "There is no page at this address. The body or convening may not be in the record, or the link may be mistyped."),
            400 => ("Bad request", "The address holds a value Plenary cannot read."),
            403 => ("Not allowed", "Your account does not hold a role that may do this."),
            429 => ("Too many attempts", "Wait a minute and try again."),
            413 => ("Too much sent at once", TooLarge(HttpContext.RequestServices.GetRequiredService<Security.RequestLimitSettings>())),
            null or 500 => (Heading, Explanation),
            405 => ("Not possible here", "This page is only read; it takes no form or other request of this kind."),
            _ => ($"Error {status}", "Plenary could not complete the request."),
        };
    }

    private static string TooLarge(Security.RequestLimitSettings limits) =>
        $"What was sent is larger than a page accepts ({Security.RequestSizeLimits.Describe(limits.MaxBodyBytes)} for a form, "
        + $"{Security.RequestSizeLimits.Describe(limits.MaxFileBytes)} for a file); nothing was changed. Shorten the text or send a smaller file.";

    public void OnGet()
    {
    }
}
