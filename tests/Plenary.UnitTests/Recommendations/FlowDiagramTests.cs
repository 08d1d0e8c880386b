using Plenary.Application.Recommendations;

namespace Plenary.UnitTests.Recommendations;

public sealed class FlowDiagramTests
{
    [Fact]
    public void TheDiagram_DrawsANodePerStageAndARibbonPerFlow_AndEscapesEveryLabel()
    {
        var svg = FlowDiagram.Svg(
            [new("a", 0, "Suggested in 2018"), new("b", 1, "Merged <script>"), new("c", 2, "Adopted: \"Prevention\" & more"), new("d", 1, "Unused")],
            [new("a", "b", 3), new("b", "c", 2)], "Title & <b>", "Description");

        Assert.StartsWith("<svg", svg);
        Assert.Equal(3, svg.Split("<rect").Length - 1);
        Assert.Equal(2, svg.Split("class=\"flow\"").Length - 1);
        Assert.DoesNotContain("<script>", svg);
        Assert.Contains("Merged &lt;script&gt; (3)", svg);
        Assert.Contains("Adopted: &quot;Prevention&quot; &amp; more (2)", svg);
        Assert.Contains("<title id=\"flow-title\">Title &amp; &lt;b&gt;</title>", svg);
        Assert.DoesNotContain("Unused", svg);
    }
}
