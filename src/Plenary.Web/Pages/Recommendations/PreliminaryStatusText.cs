using Plenary.Application.Recommendations;
using Plenary.Domain.Recommendations;

namespace Plenary.Web.Pages.Recommendations;

/// <summary>Where a preliminary text stands, in words.</summary>
public static class PreliminaryStatusText
{
    public static string Describe(PreliminaryTextView t) => t.Status switch
    {
        PreliminaryStatus.Listed => "listed",
        PreliminaryStatus.Merged => $"merged at the convening into {t.MergedInto}",
        PreliminaryStatus.Removed => $"removed from the list ({t.RemovalReason})",
        _ => t.Status.ToString(),
    };
}
