using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>
/// Any UN body, not only an expert group (ADR 0014, 0015): a body's conventions (what it convenes, how it
/// numbers sittings, what it calls participants, its report title and symbol patterns), convenings of any
/// kind (ordinal, designation, what a resumed one continues, who opened, presided and closed), officers
/// elected for a term at body level and the extended Bureau, agenda item roles, the agenda item a document
/// is issued under. Existing stores keep printing what they printed: their bodies are expert groups,
/// their convenings regular ones named by their numbers, and the meeting-level Bureau posts become the
/// body's officers (one per office, person and State) with each meeting's opener and presiding officer.
/// </summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261129000000_AnyBody")]
public sealed class AnyBody : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>("Convenes", "bodies", maxLength: 40, nullable: false, defaultValue: "Meetings");
        m.AddColumn<string>("SittingNumbering", "bodies", maxLength: 40, nullable: false, defaultValue: "WithinConvening");
        m.AddColumn<string>("Participants", "bodies", maxLength: 40, nullable: false, defaultValue: "Experts");
        m.AddColumn<string>("ReportTitle", "bodies", maxLength: 300, nullable: true);
        m.AddColumn<bool>("NoDocumentationNote", "bodies", nullable: false, defaultValue: true);
        foreach (var pattern in new[] { "AgendaSymbolPattern", "ReportSymbolPattern", "ListOfParticipantsSymbolPattern", "ConferenceRoomPaperSymbolPattern", "LimitedSymbolPattern" })
            m.AddColumn<string>(pattern, "bodies", maxLength: 200, nullable: true);

        m.AddColumn<bool>("PreliminaryConclusions", "workplans", nullable: false, defaultValue: true);

        m.AddColumn<string>("Kind", "meetings", maxLength: 40, nullable: false, defaultValue: "Regular");
        m.AddColumn<int>("Ordinal", "meetings", nullable: true);
        m.AddColumn<string>("Designation", "meetings", maxLength: 60, nullable: true);
        m.AddColumn<int>("Continues", "meetings", nullable: true);
        m.AddColumn<int>("FirstSittingNumber", "meetings", nullable: false, defaultValue: 1);
        m.AddColumn<Guid>("OpenedBy", "meetings", nullable: true);
        m.AddColumn<string>("OpenedByOther", "meetings", maxLength: 300, nullable: true);
        m.AddColumn<Guid>("PresidedBy", "meetings", nullable: true);
        m.AddColumn<Guid>("PresidedOnBehalfOf", "meetings", nullable: true);
        m.AddColumn<Guid>("ClosedBy", "meetings", nullable: true);
        m.AddColumn<bool>("SummaryByChair", "meetings", nullable: false, defaultValue: true);
        m.Sql("""UPDATE meetings SET "Ordinal" = "Number";""");

        m.AddColumn<string>("Role", "agenda_items", maxLength: 40, nullable: false, defaultValue: "Substantive");
        m.Sql("""
            UPDATE agenda_items SET "Role" = CASE
              WHEN lower(rtrim(trim("Title"), '.;:')) IN ('organizational matters', 'organizational and procedural matters', 'procedural matters') THEN 'Organizational'
              WHEN lower(trim("Title")) LIKE 'opening of the%' OR lower(rtrim(trim("Title"), '.;:')) = 'opening' THEN 'Opening'
              WHEN lower(trim("Title")) LIKE 'election of %' THEN 'ElectionOfOfficers'
              WHEN lower(trim("Title")) LIKE 'adoption of the agenda%' THEN 'AdoptionOfAgenda'
              WHEN lower(rtrim(trim("Title"), '.;:')) IN ('other matters', 'other business', 'any other business') THEN 'OtherMatters'
              WHEN lower(trim("Title")) LIKE 'adoption of the report%' THEN 'AdoptionOfReport'
              WHEN lower(trim("Title")) LIKE 'closure of the%' OR lower(rtrim(trim("Title"), '.;:')) = 'closure' THEN 'Closure'
              ELSE 'Substantive' END;
            """);

        m.AddColumn<string>("AgendaItem", "documents", maxLength: 10, nullable: true);

        m.CreateTable("officers", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            BodyId = t.Column<Guid>(nullable: false),
            Position = t.Column<int>(nullable: false),
            Office = t.Column<string>(maxLength: 40, nullable: false),
            OfficeTitle = t.Column<string>(maxLength: 200, nullable: true),
            Person = t.Column<string>(maxLength: 200, nullable: false),
            State = t.Column<string>(maxLength: 200, nullable: false),
            RegionalGroup = t.Column<string>(maxLength: 40, nullable: true),
            ElectedOn = t.Column<DateOnly>(nullable: true),
            ElectedAtConvening = t.Column<int>(nullable: true),
            TermEndsOn = t.Column<DateOnly>(nullable: true),
            ForBodysLife = t.Column<bool>(nullable: false),
            ReplacedBy = t.Column<Guid>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_officers", x => x.Id);
            t.ForeignKey("FK_officers_bodies_BodyId", x => x.BodyId, "bodies", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_officers_BodyId_Position", "officers", ["BodyId", "Position"]);

        m.CreateTable("extended_bureau_members", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            BodyId = t.Column<Guid>(nullable: false),
            Position = t.Column<int>(nullable: false),
            Role = t.Column<string>(maxLength: 40, nullable: false),
            RegionalGroup = t.Column<string>(maxLength: 40, nullable: true),
            State = t.Column<string>(maxLength: 200, nullable: true),
            Person = t.Column<string>(maxLength: 200, nullable: true),
            Organization = t.Column<string>(maxLength: 300, nullable: true),
            From = t.Column<DateOnly>(nullable: true),
            Until = t.Column<DateOnly>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_extended_bureau_members", x => x.Id);
            t.ForeignKey("FK_extended_bureau_members_bodies_BodyId", x => x.BodyId, "bodies", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_extended_bureau_members_BodyId_Position", "extended_bureau_members", ["BodyId", "Position"]);

        // Each meeting's Bureau posts become the body's officers: one per office, person and State, the first
        // post (by meeting date, number, then place in the list) giving the officer its id and its place.
        const string Before = """
            (M2."StartDate" < M1."StartDate" OR (M2."StartDate" = M1."StartDate" AND (M2."Number" < M1."Number"
              OR (M2."Number" = M1."Number" AND P2."Position" < P1."Position"))))
            """;
        static string First(string p, string mt, string q, string mq) => $"""
            NOT EXISTS (SELECT 1 FROM bureau_posts {q} JOIN meetings {mq} ON {mq}."Id" = {q}."MeetingId"
              WHERE {mq}."BodyId" = {mt}."BodyId" AND {q}."Office" = {p}."Office" AND {q}."Person" = {p}."Person" AND {q}."State" = {p}."State"
              AND {Before.Replace("M2", mq).Replace("M1", mt).Replace("P2", q).Replace("P1", p)})
            """;
        m.Sql($"""
            INSERT INTO officers ("Id", "BodyId", "Position", "Office", "OfficeTitle", "Person", "State", "RegionalGroup",
                                  "ElectedOn", "ElectedAtConvening", "TermEndsOn", "ForBodysLife", "ReplacedBy")
            SELECT bp."Id", m."BodyId",
                   1 + (SELECT COUNT(*) FROM bureau_posts bp2 JOIN meetings m2 ON m2."Id" = bp2."MeetingId"
                        WHERE m2."BodyId" = m."BodyId" AND {First("bp2", "m2", "bq2", "mq2")}
                          AND {Before.Replace("M2", "m2").Replace("M1", "m").Replace("P2", "bp2").Replace("P1", "bp")}),
                   bp."Office", NULL, bp."Person", bp."State", substr(bp."RegionalGroup", 1, 40), NULL, NULL, NULL, FALSE, NULL
            FROM bureau_posts bp JOIN meetings m ON m."Id" = bp."MeetingId"
            WHERE {First("bp", "m", "bq", "mq")};
            """);
        const string OfficerOfPost = """
            SELECT o."Id" FROM bureau_posts bp JOIN officers o
              ON o."BodyId" = meetings."BodyId" AND o."Office" = bp."Office" AND o."Person" = bp."Person" AND o."State" = bp."State"
            WHERE bp."MeetingId" = meetings."Id"
            """;
        m.Sql($"""UPDATE meetings SET "OpenedBy" = ({OfficerOfPost} AND bp."OpenedMeeting" = TRUE LIMIT 1);""");
        m.Sql($"""UPDATE meetings SET "PresidedBy" = ({OfficerOfPost} AND bp."PresidedOnBehalfOfChair" = TRUE LIMIT 1);""");
        m.Sql($"""UPDATE meetings SET "PresidedOnBehalfOf" = ({OfficerOfPost} AND bp."Office" = 'Chair' LIMIT 1) WHERE "PresidedBy" IS NOT NULL;""");
        // The posts named States and regional groups as typed; officers keep the register's code (ADR 0013) and the
        // group by its name in the model. A name the register does not know stays as it was (shown as written).
        m.Sql(StatesToCodes());
        m.Sql(GroupsToNames());
        m.DropTable("bureau_posts");
    }

    private static string StatesToCodes()
    {
        var cases = Plenary.Domain.Participation.StateRegister.All.SelectMany(st =>
            new[] { st.ShortName, st.FormalName, st.FormalName.StartsWith("the ", StringComparison.Ordinal) ? st.FormalName[4..] : st.FormalName, st.Code }
                .Distinct().Select(name => $"WHEN lower(trim(\"State\")) = '{name.ToLowerInvariant().Replace("'", "''")}' THEN '{st.Code}'"));
        return $"UPDATE officers SET \"State\" = CASE {string.Join(" ", cases)} ELSE \"State\" END;";
    }

    private static string GroupsToNames()
    {
        var cases = Plenary.Domain.Participation.RegionalGroups.All.SelectMany(g =>
        {
            var name = Plenary.Domain.Participation.RegionalGroups.Name(g);
            return new[] { name, "Group of " + name, name.Replace(" States", ""), Plenary.Domain.Participation.RegionalGroups.Abbreviation(g), g.ToString() }
                .Select(text => $"WHEN lower(trim(\"RegionalGroup\")) = '{text.ToLowerInvariant()}' THEN '{g}'");
        });
        return $"UPDATE officers SET \"RegionalGroup\" = CASE {string.Join(" ", cases)} ELSE NULL END;";
    }

    protected override void Down(MigrationBuilder m)
    {
        // The officers' terms and the conventions have no place in the older schema; the Bureau posts come back empty.
        m.CreateTable("bureau_posts", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            MeetingId = t.Column<Guid>(nullable: false),
            Position = t.Column<int>(nullable: false),
            Office = t.Column<string>(maxLength: 40, nullable: false),
            Person = t.Column<string>(maxLength: 200, nullable: false),
            State = t.Column<string>(maxLength: 200, nullable: false),
            RegionalGroup = t.Column<string>(maxLength: 200, nullable: true),
            OpenedMeeting = t.Column<bool>(nullable: false),
            PresidedOnBehalfOfChair = t.Column<bool>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_bureau_posts", x => x.Id);
            t.ForeignKey("FK_bureau_posts_meetings_MeetingId", x => x.MeetingId, "meetings", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_bureau_posts_MeetingId", "bureau_posts", "MeetingId");
        m.DropTable("extended_bureau_members");
        m.DropTable("officers");
        m.DropColumn("AgendaItem", "documents");
        m.DropColumn("Role", "agenda_items");
        foreach (var column in new[] { "Kind", "Ordinal", "Designation", "Continues", "FirstSittingNumber", "OpenedBy", "OpenedByOther", "PresidedBy", "PresidedOnBehalfOf", "ClosedBy", "SummaryByChair" })
            m.DropColumn(column, "meetings");
        m.DropColumn("PreliminaryConclusions", "workplans");
        foreach (var column in new[] { "Convenes", "SittingNumbering", "Participants", "ReportTitle", "NoDocumentationNote", "AgendaSymbolPattern", "ReportSymbolPattern", "ListOfParticipantsSymbolPattern", "ConferenceRoomPaperSymbolPattern", "LimitedSymbolPattern" })
            m.DropColumn(column, "bodies");
    }
}
