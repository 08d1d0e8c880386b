using System.Security.Claims;
using Plenary.Application.Audit;
using Plenary.Application.Data;

namespace Plenary.Web.Security;

/// <summary>Tells the store who writes during a request, and through which channel (the pages or the API).</summary>
public static class AuditActorMiddleware
{
    public static IApplicationBuilder UseAuditActor(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var db = context.RequestServices.GetRequiredService<PlenaryDbContext>();
        var user = context.User;
        db.Actor = new AuditActor(
            Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null,
            user.Identity?.IsAuthenticated == true ? user.Identity.Name ?? "signed-in user" : "anonymous",
            context.Request.Path.StartsWithSegments("/api") ? AuditChannel.Api : AuditChannel.Web);
        await next();
    });
}
