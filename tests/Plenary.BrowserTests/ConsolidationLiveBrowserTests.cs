using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Plenary.Application.Recommendations;
using Plenary.Domain.Recommendations;

namespace Plenary.BrowserTests;

/// <summary>
/// The live view of the texts under negotiation in a real browser: a participant's page, left open, shows the new wording of a
/// consolidated text the moment the Rapporteur records it, without a reload.
/// </summary>
public sealed class ConsolidationLiveBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [SkippableFact]
    public async Task AParticipantsOpenPage_ShowsTheRapporteursNewWording_WithoutAReload()
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        var viewer = await site.Browser.NewPageAsync();
        viewer.SetDefaultTimeout(15_000);
        await viewer.GotoAsync(site.BaseUrl + "/bodies/eg-cybercrime/meetings/7/consolidation/live");
        var loaded = viewer.Url;
        await viewer.EvaluateAsync("() => { window.notReloaded = true; }");
        const string wording = "Member States should consider the wording the room agreed at this very moment.";

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var view = (await scope.ServiceProvider.GetRequiredService<ConsolidationQueries>().GetAsync("eg-cybercrime", 7))!;
            var open = view.Texts.First(t => t.State == ConsolidatedState.UnderNegotiation);
            var amended = await scope.ServiceProvider.GetRequiredService<Consolidations>()
                .AmendAsync("eg-cybercrime", 7, view.Version, open.Number, wording, "as read out by the Rapporteur", "the Rapporteur");
            Assert.True(amended.Succeeded, amended.Error);
            await viewer.Locator($"#c-{open.Number} .text").Filter(new() { HasText = wording }).WaitForAsync();
        }

        Assert.Equal(loaded, viewer.Url);
        Assert.True(await viewer.EvaluateAsync<bool>("() => window.notReloaded === true"));
        await viewer.CloseAsync();
    }
}
