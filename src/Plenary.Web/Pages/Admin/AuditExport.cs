using Plenary.Application.Audit;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Admin;

public static class AuditExport
{
    /// <summary>/admin/audit.csv: the filtered log as CSV, for the Administrator.</summary>
    public static void MapAuditExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/admin/audit.csv", async (string? user, string? entity, DateOnly? from, DateOnly? to, AuditQueries audit, CancellationToken ct) =>
                Results.File(System.Text.Encoding.UTF8.GetBytes(AuditQueries.ToCsv(await audit.ListAsync(new AuditFilter(user, entity, from, to), 100_000, ct))),
                    "text/csv; charset=utf-8", "plenary-audit.csv"))
            .RequireAuthorization(Policies.Administrator)
            .ExcludeFromDescription();
}
