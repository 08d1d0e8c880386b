using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plenary.Application.Recommendations;

namespace Plenary.Web.Pages.Recommendations;

/// <summary>
/// Where the adopted conclusions and recommendations came from (issue 9, item 5): the flow of every preliminary text of the
/// period, by year, to its disposition, to the adopted texts by topic, as a diagram drawn on the server with a table as its
/// text alternative; and each consolidated text with its sources, their convenings and suggesting States. Public.
/// </summary>
[AllowAnonymous]
public sealed class ProvenanceModel(ConsolidationQueries queries) : PageModel
{
    public ConsolidationView View { get; private set; } = null!;
    public FlowView Flow { get; private set; } = null!;
    public string Svg { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, int number, CancellationToken ct)
    {
        if (await queries.GetAsync(slug, number, ct) is not { IsStocktaking: true } view) return NotFound();
        View = view;
        Flow = ConsolidationQueries.Flow(view);
        Svg = FlowDiagram.Svg(Flow.Nodes, Flow.Links, $"From preliminary texts to adopted texts: {view.Convening}",
            "The preliminary conclusions and recommendations of each year, what became of them, and the adopted texts by topic they went into; the table below gives the same figures.");
        return Page();
    }
}
