using Microsoft.AspNetCore.Mvc;
using Plenary.Application.Bodies;
using Plenary.Web.Pages.Shared;
using Plenary.Web.Security;

namespace Plenary.Web.Pages.Decisions;

/// <summary>What the silence-procedure pages share: the body, and what the reader may do with its procedures.</summary>
public abstract class SilencePage(BodyQueries bodies) : EditorPage
{
    protected BodyQueries Bodies { get; } = bodies;

    public string Slug { get; private set; } = "";
    public string BodyName { get; private set; } = "";
    public string BodyShortName { get; private set; } = "";
    public Guid BodyId { get; private set; }
    public bool MayDraft { get; private set; }
    public bool MayEdit { get; private set; }

    protected async Task<IActionResult?> LoadBodyAsync(string slug, CancellationToken ct)
    {
        if (await Bodies.GetAsync(slug, ct) is not { } body) return NotFound();
        (Slug, BodyName, BodyShortName, BodyId) = (slug, body.Body.FullName, body.Body.ShortName, body.BodyId);
        MayDraft = User.MayDraftSilence(body.BodyId);
        MayEdit = User.CanEditRecord(body.BodyId);
        return null;
    }

    public IReadOnlyList<(string, string?)> Crumbs(params (string, string?)[] more) =>
        [("Bodies", "/"), (BodyShortName, $"/bodies/{Slug}"), .. more];
}
