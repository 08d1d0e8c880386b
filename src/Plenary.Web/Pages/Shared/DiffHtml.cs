using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Plenary.Application.Audit;

namespace Plenary.Web.Pages.Shared;

/// <summary>
/// A word diff as HTML: kept text as is, removed words in &lt;del&gt;, added ones in &lt;ins&gt;, each
/// announced to screen readers. Every piece of text is HTML-encoded; nothing from the record is
/// trusted as markup. Written on one line, so that no white space of the page's own slips between the words.
/// </summary>
public static class DiffHtml
{
    public static IHtmlContent Render(IReadOnlyList<DiffPiece> pieces, HtmlEncoder? encoder = null)
    {
        encoder ??= HtmlEncoder.Default;
        var html = new StringBuilder();
        foreach (var piece in pieces)
        {
            var text = encoder.Encode(piece.Text);
            html.Append(piece.Kind switch
            {
                DiffKind.Removed => $"<del><span class=\"visually-hidden\">[removed: </span>{text}<span class=\"visually-hidden\">]</span></del>",
                DiffKind.Added => $"<ins><span class=\"visually-hidden\">[added: </span>{text}<span class=\"visually-hidden\">]</span></ins>",
                DiffKind.Same => text,
            });
        }
        return new HtmlString(html.ToString());
    }
}
