using Plenary.Application.Documents.Model;

namespace Plenary.UnitTests.Documents.Rendering;

/// <summary>Sample official documents for the renderers' tests: between them, every block and inline kind.</summary>
public static class HtmlSamples
{
    public const string Injection = "<script>alert(1)</script>";

    public static readonly MissingFact SecondMeeting = new("The number of the meeting at which item 2 was concluded", "meetings[7].sittings");
    public static readonly MissingFact Attendance = new("The number of Member States attending \"in person\" & online", "meetings[7].attendance");

    /// <summary>An annotated provisional agenda with a report's numbered paragraphs, a table, an annex and footnotes.</summary>
    public static OfficialDocument Everything() => new(
        new Masthead(
            Symbol: "UNODC/CCPCJ/EG.4/2021/1",
            Distribution: "General",
            DateOfIssue: "20 January 2021",
            OriginalLanguage: "English",
            BodyName: "Expert Group to Conduct a Comprehensive Study on Cybercrime",
            MeetingLine: "Vienna, 6–8 April 2021",
            AgendaItemLine: "Item 1 (b) of the provisional agenda",
            AgendaItemFootnote: [new Text("Reissued for technical reasons on 25 January 2021.")]),
        Title: "Annotated provisional agenda",
        Subtitle: "Note by the Secretariat",
        Body:
        [
            new Heading(1, null, "Provisional agenda"),
            new ListBlock(
            [
                new ListItem("1.", 0, [T("Organizational matters:")]),
                new ListItem("(a)", 1, [T("Opening of the meeting;")]),
                new ListItem("(b)", 1, [T("Adoption of the agenda.")]),
                new ListItem("2.", 0, [T("Consideration of all preliminary conclusions and recommendations resulting from the fourth, fifth and sixth meetings of the Expert Group, held in 2018, 2019 and 2020, and production of conclusions and recommendations for submission to the Commission on Crime Prevention and Criminal Justice.")]),
                new ListItem("3.", 0, [T("Discussion of future work of the Expert Group.")]),
                new ListItem("4.", 0, [T("Other matters.")]),
                new ListItem("5.", 0, [T("Adoption of the report.")]),
            ]),
            new Heading(1, "I.", "Introduction"),
            new Paragraph(
            [
                T("In its resolution "), Symbol("65/230", "A/RES/65/230"),
                T(", the General Assembly requested the Commission on Crime Prevention and Criminal Justice to establish an open-ended intergovernmental expert group to conduct a comprehensive study of the problem of cybercrime and responses to it by Member States, the international community and the private sector."),
                new FootnoteRef([T("See "), Symbol("E/CN.15/2011/19", "E/CN.15/2011/19"), T(", annexes I and II.")]),
            ], Number: 1),
            new Paragraph(
            [
                T("The third meeting of the Expert Group considered, "), new Text("inter alia", Italic: true),
                T(", the adoption of the summaries by the Rapporteur; delegations compared R&D budgets where spending was < 5 % or > 10 % of the total."),
            ], Number: 2),
            new Heading(2, "A.", "International cooperation"),
            new Paragraph(
            [
                T("At its 1st and "), new Placeholder("[2nd...]", SecondMeeting), T(" meetings, on 27 July 2020, the Expert Group considered agenda item 2, entitled “International cooperation”."),
                new FootnoteRef([T("The statements are available at "), new Link("https://www.unodc.org/unodc/en/cybercrime/egm-on-cybercrime.html", "https://www.unodc.org/unodc/en/cybercrime/egm-on-cybercrime.html"), T(".")]),
            ], Number: 3),
            new SubParagraph("(a)", 1, [T("The need for sustainable capacity-building;")]),
            new SubParagraph("(i)", 2, [T("Within national law enforcement, "), new Text("in particular", Bold: true), T(";")]),
            new SubParagraph("(ii)", 2, [T("Within criminal justice systems;")]),
            new SubParagraph("(b)", 1, [T("The expeditious execution of mutual legal assistance requests.")]),
            new Paragraph(
            [
                T("A delegate quoted an attack string, "), T(Injection), T(", to show what the Group meant by injection."),
            ], Number: 4),
            new Heading(3, "1.", "Organizational matters"),
            new Heading(4, "(a)", "Opening of the meeting"),
            new Paragraph([T("The seventh meeting of the Expert Group will be opened on Tuesday, 6 April 2021, at 10 a.m.")]),
            new Paragraph([T("Documentation")], Style: ParagraphStyle.Label),
            new Paragraph([T("Annotated provisional agenda ("), Symbol("UNODC/CCPCJ/EG.4/2021/1", "UNODC/CCPCJ/EG.4/2021/1"), T(")")]),
            new Paragraph([T("The meeting was attended by representatives of "), new Placeholder("[...]", Attendance), T(" Member States.")], Number: 5),
            new Paragraph([T("* * *")], Style: ParagraphStyle.Centered),
            new Paragraph([T("Note: the documents listed above are available on the website of the Expert Group.")], Style: ParagraphStyle.Note),
            new Table(
                ["Session", "Documents"],
                [
                    new TableRow([new TableCell([T("Sixth")]), new TableCell([Symbol("UNODC/CCPCJ/EG.4/2020/2", "UNODC/CCPCJ/EG.4/2020/2")])], StartsGroup: true),
                    new TableRow([new TableCell([T("Fifth")]), new TableCell([Symbol("UNODC/CCPCJ/EG.4/2019/2", "UNODC/CCPCJ/EG.4/2019/2"), new FootnoteRef([T("Issued in all official languages.")])])], StartsGroup: true),
                ],
                [30, 70],
                Caption: "Reports of previous meetings"),
            new Paragraph([T("At its 6th meeting, on 29 July 2020, the Expert Group adopted this report.")], Number: 6),
        ],
        Annexes:
        [
            new Annex("Annex", "Proposed organization of work",
            [
                new Table(
                    ["Date", "Time", "Item", "Title or description"],
                    [
                        new TableRow([Cell("Tuesday, 6 April 2021", 3), Cell("10 a.m.–1 p.m.", 2), Cell("1 (a)"), Cell("Opening of the meeting")], StartsGroup: true),
                        new TableRow([Covered(), Covered(), Cell("1 (b)"), Cell("Adoption of the agenda")]),
                        new TableRow([Covered(), Cell("3–6 p.m."), Cell("2"), Cell("Consideration of all preliminary conclusions and recommendations (continued)")]),
                        new TableRow([Cell("Wednesday, 7 April 2021", 2), Cell("10 a.m.–1 p.m."), Cell("2"), Cell("Consideration of all preliminary conclusions and recommendations (continued)")], StartsGroup: true),
                        new TableRow([Covered(), Cell("3–6 p.m."), Cell("3"), new TableCell([T("Discussion of future work of the Expert Group"), new FootnoteRef([T("Including the Group's workplan for the period 2018–2021.")])])]),
                    ],
                    [22, 18, 10, 50]),
                new Heading(1, null, "Notes on the organization of work"),
                new Paragraph([T("The meeting will be held in a hybrid format; see "), Symbol("UNODC/CCPCJ/EG.4/2020/2", "UNODC/CCPCJ/EG.4/2020/2"), T(", para. 46.")], Number: 7),
            ]),
        ],
        MissingFacts: [SecondMeeting, Attendance]);

    /// <summary>The least a document can be: a masthead and a title.</summary>
    public static OfficialDocument Bare() => new(
        new Masthead("E/CN.15/2021/1", "Limited", "1 March 2021", "French", "Commission on Crime Prevention and Criminal Justice", null),
        "Provisional agenda", null, [], [], []);

    /// <summary>A one-paragraph document around the given inlines.</summary>
    public static OfficialDocument WithParagraph(params Inline[] content) => Bare() with { Body = [new Paragraph(content, Number: 1)] };

    public static Text T(string value) => new(value);

    public static Link Symbol(string shown, string symbol) => new(shown, $"https://undocs.org/{symbol}");

    private static TableCell Cell(string text, int rowSpan = 1) => new([T(text)], rowSpan);

    private static TableCell Covered() => new([], RowSpan: 0);
}
