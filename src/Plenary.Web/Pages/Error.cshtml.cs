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

    public void OnGet(int? status)
    {
        if (status is { } code) Response.StatusCode = code;
        (Heading, Explanation) = status switch
        {
            404 => ("Page not found", "There is no page at this address. The body or meeting may not be in the record, or the link may be mistyped."),
            400 => ("Bad request", "The address holds a value Plenary cannot read."),
            403 => ("Not allowed", "Your account does not hold a role that may do this."),
            429 => ("Too many attempts", "Wait a minute and try again."),
            null or 500 => (Heading, Explanation),
            _ => ($"Error {status}", "Plenary could not complete the request."),
        };
    }
}
