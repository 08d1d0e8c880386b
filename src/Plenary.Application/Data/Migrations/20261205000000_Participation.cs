using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>
/// Participation (ADR 0018, 0019): a delegation's persons with title, first and family name, email, role and mode; its letter,
/// approval and attendance; the list of speakers of each meeting; the statements made, with their texts; panellists' titles.
/// A person registered before keeps their whole printed name as family name, and the head of delegation stays head.
/// </summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261205000000_Participation")]
public sealed class Participation : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>("Title", "delegation_members", maxLength: 40, nullable: true);
        m.AddColumn<string>("FirstName", "delegation_members", maxLength: 100, nullable: true);
        m.AddColumn<string>("FamilyName", "delegation_members", maxLength: 100, nullable: false, defaultValue: "");
        m.AddColumn<string>("Email", "delegation_members", maxLength: 254, nullable: true);
        m.AddColumn<string>("Role", "delegation_members", maxLength: 40, nullable: false, defaultValue: "Representative");
        m.AddColumn<string>("Mode", "delegation_members", maxLength: 40, nullable: false, defaultValue: "InPerson");
        m.Sql("""UPDATE delegation_members SET "FamilyName" = SUBSTR("Name", 1, 100)""");
        m.Sql("""UPDATE delegation_members SET "Role" = 'Head' WHERE "IsHead" = TRUE""");
        // ALTER TABLE ... DROP COLUMN, which SQLite (3.35 and later) and PostgreSQL both take; EF's own operation would need a model snapshot to rebuild the SQLite table.
        m.Sql("""ALTER TABLE delegation_members DROP COLUMN "Name" """);
        m.Sql("""ALTER TABLE delegation_members DROP COLUMN "IsHead" """);

        m.AddColumn<string>("Status", "delegations", maxLength: 40, nullable: false, defaultValue: "Pending");
        m.AddColumn<DateTimeOffset>("ApprovedAt", "delegations", nullable: true);
        m.AddColumn<string>("LetterFileName", "delegations", maxLength: 255, nullable: true);
        m.AddColumn<string>("LetterContentType", "delegations", maxLength: 100, nullable: true);
        m.AddColumn<long>("LetterSize", "delegations", nullable: true);
        m.AddColumn<string>("LetterSha256", "delegations", maxLength: 64, nullable: true);
        m.AddColumn<DateTimeOffset>("LetterUploadedAt", "delegations", nullable: true);
        m.AddColumn<string>("LetterUploadedBy", "delegations", maxLength: 256, nullable: true);
        m.AddColumn<string>("AttendedPlenaryMeetings", "delegations", maxLength: 4000, nullable: false, defaultValue: "[]");

        m.CreateTable("delegation_letters", t => new
        {
            DelegationId = t.Column<Guid>(nullable: false),
            Content = t.Column<byte[]>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_delegation_letters", x => x.DelegationId);
            t.ForeignKey("FK_delegation_letters_delegations_DelegationId", x => x.DelegationId, "delegations", "Id", onDelete: ReferentialAction.Cascade);
        });

        m.CreateTable("speakers_lists", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            BodyId = t.Column<Guid>(nullable: false),
            MeetingNumber = t.Column<int>(nullable: false),
            PlenaryMeeting = t.Column<int>(nullable: true),
            Item = t.Column<string>(maxLength: 10, nullable: true),
            TimeLimitSeconds = t.Column<int>(nullable: false),
            Version = t.Column<int>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_speakers_lists", x => x.Id);
            t.ForeignKey("FK_speakers_lists_bodies_BodyId", x => x.BodyId, "bodies", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_speakers_lists_BodyId_MeetingNumber", "speakers_lists", ["BodyId", "MeetingNumber"], unique: true);

        m.CreateTable("speakers", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            ListId = t.Column<Guid>(nullable: false),
            Item = t.Column<string>(maxLength: 10, nullable: false),
            Position = t.Column<int>(nullable: false),
            IsState = t.Column<bool>(nullable: false),
            Participant = t.Column<string>(maxLength: 300, nullable: false),
            Category = t.Column<string>(maxLength: 40, nullable: false),
            OnBehalfOf = t.Column<string>(maxLength: 200, nullable: true),
            Kind = t.Column<string>(maxLength: 40, nullable: false),
            Rank = t.Column<int>(nullable: false),
            Status = t.Column<string>(maxLength: 40, nullable: false),
            RequestedAt = t.Column<DateTimeOffset>(nullable: false),
            PlenaryMeeting = t.Column<int>(nullable: true),
            StartedAt = t.Column<DateTimeOffset>(nullable: true),
            FloorSince = t.Column<DateTimeOffset>(nullable: true),
            ElapsedBeforeMs = t.Column<long>(nullable: false),
            EndedAt = t.Column<DateTimeOffset>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_speakers", x => x.Id);
            t.ForeignKey("FK_speakers_speakers_lists_ListId", x => x.ListId, "speakers_lists", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_speakers_ListId_Item_Position", "speakers", ["ListId", "Item", "Position"]);

        m.CreateTable("statements", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            BodyId = t.Column<Guid>(nullable: false),
            MeetingNumber = t.Column<int>(nullable: false),
            PlenaryMeeting = t.Column<int>(nullable: false),
            Item = t.Column<string>(maxLength: 10, nullable: false),
            IsState = t.Column<bool>(nullable: false),
            Participant = t.Column<string>(maxLength: 300, nullable: false),
            Category = t.Column<string>(maxLength: 40, nullable: false),
            OnBehalfOf = t.Column<string>(maxLength: 200, nullable: true),
            IsRightOfReply = t.Column<bool>(nullable: false),
            SpeakerId = t.Column<Guid>(nullable: true),
            TextFileName = t.Column<string>(maxLength: 255, nullable: true),
            TextContentType = t.Column<string>(maxLength: 100, nullable: true),
            TextSize = t.Column<long>(nullable: true),
            TextSha256 = t.Column<string>(maxLength: 64, nullable: true),
            TextUploadedAt = t.Column<DateTimeOffset>(nullable: true),
            TextUploadedBy = t.Column<string>(maxLength: 256, nullable: true),
            Published = t.Column<bool>(nullable: false),
            Version = t.Column<int>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_statements", x => x.Id);
            t.ForeignKey("FK_statements_bodies_BodyId", x => x.BodyId, "bodies", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_statements_BodyId_MeetingNumber_PlenaryMeeting", "statements", ["BodyId", "MeetingNumber", "PlenaryMeeting"]);
        m.CreateIndex("IX_statements_SpeakerId", "statements", "SpeakerId", unique: true);

        m.CreateTable("statement_texts", t => new
        {
            StatementId = t.Column<Guid>(nullable: false),
            Content = t.Column<byte[]>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_statement_texts", x => x.StatementId);
            t.ForeignKey("FK_statement_texts_statements_StatementId", x => x.StatementId, "statements", "Id", onDelete: ReferentialAction.Cascade);
        });

        m.AddColumn<string>("Title", "panellists", maxLength: 40, nullable: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.Sql("""ALTER TABLE panellists DROP COLUMN "Title" """);
        m.DropTable("statement_texts");
        m.DropTable("statements");
        m.DropTable("speakers");
        m.DropTable("speakers_lists");
        m.DropTable("delegation_letters");
        foreach (var column in new[] { "Status", "ApprovedAt", "LetterFileName", "LetterContentType", "LetterSize", "LetterSha256", "LetterUploadedAt", "LetterUploadedBy", "AttendedPlenaryMeetings" })
            m.Sql($"""ALTER TABLE delegations DROP COLUMN "{column}" """);
        m.AddColumn<string>("Name", "delegation_members", maxLength: 200, nullable: false, defaultValue: "");
        m.AddColumn<bool>("IsHead", "delegation_members", nullable: false, defaultValue: false);
        m.Sql("""UPDATE delegation_members SET "Name" = TRIM(COALESCE("Title" || ' ', '') || COALESCE("FirstName" || ' ', '') || "FamilyName")""");
        m.Sql("""UPDATE delegation_members SET "IsHead" = TRUE WHERE "Role" = 'Head'""");
        foreach (var column in new[] { "Title", "FirstName", "FamilyName", "Email", "Role", "Mode" })
            m.Sql($"""ALTER TABLE delegation_members DROP COLUMN "{column}" """);
    }
}
