using System.Globalization;
using System.Text;

namespace Plenary.Application.Recommendations;

/// <summary>A node of the flow diagram: its column (0, 1, 2 ...), its label, and its order within the column.</summary>
public sealed record FlowNode(string Id, int Column, string Label);

/// <summary>A flow from one node to another, of <paramref name="Value"/> preliminary texts.</summary>
public sealed record FlowLink(string From, string To, int Value);

/// <summary>
/// A Sankey-style diagram drawn as SVG on the server (issue 9, item 5): nodes in columns, each as tall as the texts that
/// pass through it, and ribbons between them as wide as the texts that flow. Pure: labels are escaped, nothing is read.
/// The page gives the same figures as a table, the diagram's text alternative.
/// </summary>
public static class FlowDiagram
{
    private const double Width = 960, NodeWidth = 14, Gap = 14, Top = 10, LabelRoom = 250;

    public static string Svg(IReadOnlyList<FlowNode> nodes, IReadOnlyList<FlowLink> links, string title, string description)
    {
        var links2 = links.Where(l => l.Value > 0).ToList();
        int ValueOf(FlowNode n) => Math.Max(links2.Where(l => l.To == n.Id).Sum(l => l.Value), links2.Where(l => l.From == n.Id).Sum(l => l.Value));
        var shown = nodes.Where(n => ValueOf(n) > 0).ToList();
        var columns = shown.GroupBy(n => n.Column).OrderBy(g => g.Key).ToList();
        var total = columns.Count == 0 ? 1 : columns.Max(c => c.Sum(ValueOf));
        var most = columns.Count == 0 ? 1 : columns.Max(c => c.Count());
        var height = Math.Max(200, 24 * most + total * 3.0);
        var scale = (height - Top * 2 - Gap * (most - 1)) / Math.Max(total, 1);
        var columnCount = Math.Max(columns.Count, 2);
        var step = (Width - LabelRoom - NodeWidth) / (columnCount - 1);

        var y = new Dictionary<string, double>();
        var h = new Dictionary<string, double>();
        var x = new Dictionary<string, double>();
        foreach (var column in columns)
        {
            var at = Top;
            foreach (var n in column)
            {
                x[n.Id] = column.Key * step;
                y[n.Id] = at;
                h[n.Id] = Math.Max(ValueOf(n) * scale, 2);
                at += h[n.Id] + Gap;
            }
        }

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width:0} {height:0}\" role=\"img\" aria-labelledby=\"flow-title flow-desc\" class=\"flow-diagram\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"flow-title\">{Escape(title)}</title><desc id=\"flow-desc\">{Escape(description)}</desc>");
        var outOffset = new Dictionary<string, double>();
        var inOffset = new Dictionary<string, double>();
        foreach (var l in links2.Where(l => x.ContainsKey(l.From) && x.ContainsKey(l.To)))
        {
            var w = l.Value * scale;
            var y0 = y[l.From] + outOffset.GetValueOrDefault(l.From);
            var y1 = y[l.To] + inOffset.GetValueOrDefault(l.To);
            outOffset[l.From] = outOffset.GetValueOrDefault(l.From) + w;
            inOffset[l.To] = inOffset.GetValueOrDefault(l.To) + w;
            var x0 = x[l.From] + NodeWidth;
            var x1 = x[l.To];
            var mid = (x0 + x1) / 2;
            svg.Append(CultureInfo.InvariantCulture,
                $"<path class=\"flow\" d=\"M{x0:0.#},{y0:0.#} C{mid:0.#},{y0:0.#} {mid:0.#},{y1:0.#} {x1:0.#},{y1:0.#} L{x1:0.#},{y1 + w:0.#} C{mid:0.#},{y1 + w:0.#} {mid:0.#},{y0 + w:0.#} {x0:0.#},{y0 + w:0.#} Z\" fill=\"#9fb8d6\" fill-opacity=\"0.55\"><title>{Escape(Label(nodes, l.From))} → {Escape(Label(nodes, l.To))}: {l.Value}</title></path>");
        }
        foreach (var n in shown)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x[n.Id]:0.#}\" y=\"{y[n.Id]:0.#}\" width=\"{NodeWidth:0}\" height=\"{h[n.Id]:0.#}\" fill=\"#1f4e79\"/>");
            var last = n.Column == columns[^1].Key && columns.Count > 1;
            var lx = last ? x[n.Id] + NodeWidth + 6 : x[n.Id] + NodeWidth + 6;
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{lx:0.#}\" y=\"{y[n.Id] + h[n.Id] / 2 + 4:0.#}\" font-size=\"12\" font-family=\"sans-serif\" fill=\"#1a1a1a\">{Escape(n.Label)} ({ValueOf(n)})</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Label(IReadOnlyList<FlowNode> nodes, string id) => nodes.FirstOrDefault(n => n.Id == id)?.Label ?? id;

    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
