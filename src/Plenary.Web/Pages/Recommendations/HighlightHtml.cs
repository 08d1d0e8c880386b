using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Plenary.Application.Recommendations;

namespace Plenary.Web.Pages.Recommendations;

/// <summary>
/// A text with the wording it shares with the other members of a proposal in &lt;mark&gt;. Every piece is HTML-encoded;
/// nothing from the record is trusted as markup. Written on one line, so that no white space slips between the pieces.
/// </summary>
public static class HighlightHtml
{
    public static IHtmlContent Render(IReadOnlyList<TextSegment> segments, HtmlEncoder? encoder = null)
    {
        encoder ??= HtmlEncoder.Default;
        var html = new StringBuilder();
        foreach (var s in segments)
            html.Append(s.Shared ? $"<mark>{encoder.Encode(s.Text)}</mark>" : encoder.Encode(s.Text));
        return new HtmlString(html.ToString());
    }
}
