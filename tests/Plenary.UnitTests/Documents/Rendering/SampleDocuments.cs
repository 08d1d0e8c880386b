using Plenary.Application.Documents.Model;

namespace Plenary.UnitTests.Documents.Rendering;

/// <summary>
/// Documents for the DOCX renderer's tests: one that holds every kind of block and inline the
/// model has (after the draft report and the annotated agenda of the Expert Group on Cybercrime),
/// and one with nothing but its masthead and title.
/// </summary>
public static class DocxSamples
{
    public const string Symbol = "UNODC/CCPCJ/EG.4/2020/L.1";

    private static Link Symbol_(string symbol) => new(symbol, $"https://undocs.org/{symbol}");

    private static readonly MissingFact SecondMeeting = new("the number of the meeting at which item 2 continued", "meeting.plenaries");
    private static readonly MissingFact Attendance = new("the number of States attending", "meeting.attendance");

    public static OfficialDocument Full() => new(
        new Masthead(
            Symbol,
            "General",
            "27 July 2020",
            "English",
            "Expert Group to Conduct a Comprehensive Study on Cybercrime",
            "Vienna, 27–29 July 2020",
            "Item 5 of the provisional agenda",
            [Symbol_("UNODC/CCPCJ/EG.4/2020/1"), new Text(".")]),
        "Draft report",
        "Report of the Expert Group on its sixth meeting",
        [
            new Heading(1, "I.", "Introduction"),
            new Paragraph(
            [
                new Text("In its resolution "), Symbol_("A/RES/65/230"),
                new Text(", the General Assembly requested the Commission on Crime Prevention and Criminal Justice to establish, in line with paragraph 42 of the Salvador Declaration on Comprehensive Strategies for Global Challenges, an open-ended intergovernmental expert group to conduct a comprehensive study of the problem of cybercrime and responses to it by Member States, the international community and the private sector."),
                new FootnoteRef([new Text("Available at www.unodc.org/unodc/en/cybercrime/egm-on-cybercrime.html.")]),
            ], 1),
            new Paragraph(
            [
                new Text("The first meeting of the Expert Group was held in Vienna from 17 to 21 January 2011. At that meeting, the Expert Group reviewed and adopted a collection of topics and a methodology for the study ("),
                Symbol_("E/CN.15/2011/19"), new Text(", annexes I and II)."),
            ], 2),
            new Paragraph(
            [
                new Text("The third meeting considered, "), new Text("inter alia", Italic: true),
                new Text(", the draft comprehensive study, and "), new Text("exchanged information", Bold: true),
                new Text(" on national legislation and best practices."),
                new FootnoteRef([new Text("The comments were reproduced as received on the website of the Expert Group; see "), Symbol_("UNODC/CCPCJ/EG.4/2017/4"), new Text(".")]),
            ], 3),
            new Heading(1, "II.", "Summary of deliberations"),
            new Heading(2, "A.", "International cooperation"),
            new Paragraph(
            [
                new Text("At its 1st and "), new Placeholder("[2nd...]", SecondMeeting),
                new Text(" meetings, on 27 and 28 July 2020, the Expert Group considered agenda item 2, entitled “International cooperation”."),
            ], 4),
            new Heading(3, "1.", "Organizational matters"),
            new Heading(4, "(a)", "Opening of the meeting"),
            new Paragraph([new Text("The following points were made during the discussion:")], 5),
            new SubParagraph("(a)", 1, [new Text("Cybercrime was a global threat that called for a global response;")]),
            new SubParagraph("(i)", 2, [new Text("Mutual legal assistance should be faster;")]),
            new SubParagraph("(b)", 1, [new Text("Capacity-building was needed in developing countries.")]),
            new Heading(1, null, "Provisional agenda"),
            new ListBlock(
            [
                new ListItem("1.", 0, [new Text("Organizational matters:")]),
                new ListItem("(a)", 1, [new Text("Opening of the meeting;")]),
                new ListItem("(b)", 1, [new Text("Adoption of the agenda.")]),
                new ListItem("2.", 0, [new Text("Consideration of all preliminary conclusions and recommendations resulting from the fourth, fifth and sixth meetings of the Expert Group.")]),
            ]),
            new Paragraph([new Text("Documentation", Italic: true)], null, ParagraphStyle.Label),
            new Paragraph([new Text("Provisional agenda and annotations ("), Symbol_("UNODC/CCPCJ/EG.4/2020/1"), new Text(")")]),
            new Paragraph([new Text("The meeting was attended by "), new Placeholder("[...]", Attendance), new Text(" States.")], 6),
            new Paragraph([new Text("Attendance by group")], null, ParagraphStyle.Centered),
            new Table(
                ["Group", "States"],
                [
                    new TableRow([new TableCell([new Text("African States")]), new TableCell([new Text("12")])]),
                    new TableRow([new TableCell([new Text("Asia-Pacific States")]), new TableCell([new Text("15")])], StartsGroup: true),
                ],
                [60, 40],
                "Attendance"),
            new Paragraph([new Text("Figures are provisional.")], null, ParagraphStyle.Note),
        ],
        [
            new Annex("Annex", "Proposed organization of work",
            [
                new Table(
                    ["Date", "Time", "Item", "Title or description"],
                    [
                        new TableRow([Cell("Monday, 27 July 2020", 3), Cell("10 a.m.–1 p.m.", 2), Cell("1 (a)"), Cell("Opening of the meeting")], StartsGroup: true),
                        new TableRow([Covered(), Covered(), Cell("1 (b)"), Cell("Adoption of the agenda")]),
                        new TableRow([Covered(), Cell("3–6 p.m."), Cell("2"), Cell("International cooperation")]),
                        new TableRow([Cell("Tuesday, 28 July 2020", 2), Cell("10 a.m.–1 p.m."), Cell("2"), Cell("International cooperation (continued)")], StartsGroup: true),
                        new TableRow([Covered(), Cell("3–6 p.m."), Cell("3"), Cell("Prevention")]),
                    ],
                    [22, 16, 8, 54]),
            ]),
        ],
        [SecondMeeting, Attendance]);

    public static OfficialDocument Empty() => new(
        new Masthead(Symbol, "General", "1 January 2021", "English", "Expert Group to Conduct a Comprehensive Study on Cybercrime", null),
        "Draft report",
        null,
        [],
        [],
        []);

    private static TableCell Cell(string text, int rowSpan = 1) => new([new Text(text)], rowSpan);

    private static TableCell Covered() => new([], 0);
}
