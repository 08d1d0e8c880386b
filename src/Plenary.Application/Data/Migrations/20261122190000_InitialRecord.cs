using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>
/// The first schema: a body's record (mandates, workplans), meetings and their parts, documents.
/// Hand-written for both providers: no column states a store type, so each provider maps the
/// CLR type itself (ADR 0003).
/// </summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261122190000_InitialRecord")]
public sealed class InitialRecord : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("bodies", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Slug = t.Column<string>(maxLength: 60, nullable: false),
            FullName = t.Column<string>(maxLength: 500, nullable: false),
            ShortName = t.Column<string>(maxLength: 120, nullable: false),
            ParentId = t.Column<Guid>(nullable: true),
            Secretariat = t.Column<string>(maxLength: 500, nullable: true),
            SymbolSeries = t.Column<string>(maxLength: 100, nullable: true),
            Membership = t.Column<string>(maxLength: 40, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_bodies", x => x.Id);
            t.ForeignKey("FK_bodies_bodies_ParentId", x => x.ParentId, "bodies", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_bodies_Slug", "bodies", "Slug", unique: true);
        m.CreateIndex("IX_bodies_ParentId", "bodies", "ParentId");

        m.CreateTable("mandates", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            BodyId = t.Column<Guid>(nullable: false),
            Position = t.Column<int>(nullable: false),
            Kind = t.Column<string>(maxLength: 40, nullable: false),
            Symbol = t.Column<string>(maxLength: 100, nullable: true),
            Title = t.Column<string>(maxLength: 400, nullable: true),
            Organ = t.Column<string>(maxLength: 200, nullable: false),
            Session = t.Column<string>(maxLength: 100, nullable: true),
            AdoptedOn = t.Column<DateOnly>(nullable: true),
            Reference = t.Column<string>(maxLength: 100, nullable: true),
            Requests = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_mandates", x => x.Id);
            t.ForeignKey("FK_mandates_bodies_BodyId", x => x.BodyId, "bodies", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_mandates_BodyId_Position", "mandates", ["BodyId", "Position"]);

        m.CreateTable("workplans", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            BodyId = t.Column<Guid>(nullable: false),
            Title = t.Column<string>(maxLength: 300, nullable: false),
            StartYear = t.Column<int>(nullable: false),
            EndYear = t.Column<int>(nullable: false),
            Symbol = t.Column<string>(maxLength: 100, nullable: true),
            AdoptedAtMeeting = t.Column<int>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_workplans", x => x.Id);
            t.ForeignKey("FK_workplans_bodies_BodyId", x => x.BodyId, "bodies", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_workplans_BodyId", "workplans", "BodyId");

        m.CreateTable("planned_meetings", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Position = t.Column<int>(nullable: false),
            Year = t.Column<int>(nullable: false),
            MeetingNumber = t.Column<int>(nullable: true),
            Topics = t.Column<string>(maxLength: 4000, nullable: false),
            IsStocktaking = t.Column<bool>(nullable: false),
            Note = t.Column<string>(nullable: true),
            WorkplanId = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_planned_meetings", x => x.Id);
            t.ForeignKey("FK_planned_meetings_workplans_WorkplanId", x => x.WorkplanId, "workplans", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_planned_meetings_WorkplanId", "planned_meetings", "WorkplanId");

        m.CreateTable("meetings", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            BodyId = t.Column<Guid>(nullable: false),
            Number = t.Column<int>(nullable: false),
            Venue = t.Column<string>(maxLength: 200, nullable: false),
            StartDate = t.Column<DateOnly>(nullable: false),
            EndDate = t.Column<DateOnly>(nullable: false),
            Format = t.Column<string>(maxLength: 40, nullable: false),
            Status = t.Column<string>(maxLength: 40, nullable: false),
            Topics = t.Column<string>(maxLength: 4000, nullable: false),
            Summary = t.Column<string>(nullable: true),
            ReportSymbol = t.Column<string>(maxLength: 100, nullable: true),
            IsStocktaking = t.Column<bool>(nullable: false),
            AgendaStatus = t.Column<string>(maxLength: 40, nullable: false),
            AgendaAdoptedAtPlenaryMeeting = t.Column<int>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_meetings", x => x.Id);
            t.ForeignKey("FK_meetings_bodies_BodyId", x => x.BodyId, "bodies", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_meetings_BodyId_Number", "meetings", ["BodyId", "Number"], unique: true);

        m.CreateTable("meeting_events", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            MeetingId = t.Column<Guid>(nullable: false),
            OccurredOn = t.Column<DateOnly>(nullable: false),
            Kind = t.Column<string>(maxLength: 40, nullable: false),
            DecidedBy = t.Column<string>(maxLength: 200, nullable: true),
            Means = t.Column<string>(maxLength: 40, nullable: false),
            PreviousStart = t.Column<DateOnly>(nullable: true),
            PreviousEnd = t.Column<DateOnly>(nullable: true),
            NewStart = t.Column<DateOnly>(nullable: true),
            NewEnd = t.Column<DateOnly>(nullable: true),
            Format = t.Column<string>(maxLength: 40, nullable: true),
            Details = t.Column<string>(maxLength: 2000, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_meeting_events", x => x.Id);
            t.ForeignKey("FK_meeting_events_meetings_MeetingId", x => x.MeetingId, "meetings", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_meeting_events_MeetingId_OccurredOn", "meeting_events", ["MeetingId", "OccurredOn"]);

        m.CreateTable("plenary_meetings", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            MeetingId = t.Column<Guid>(nullable: false),
            Number = t.Column<int>(nullable: false),
            Date = t.Column<DateOnly>(nullable: false),
            StartsAt = t.Column<TimeOnly>(nullable: true),
            EndsAt = t.Column<TimeOnly>(nullable: true),
            InterpretationLanguages = t.Column<string>(maxLength: 4000, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_plenary_meetings", x => x.Id);
            t.ForeignKey("FK_plenary_meetings_meetings_MeetingId", x => x.MeetingId, "meetings", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_plenary_meetings_MeetingId_Number", "plenary_meetings", ["MeetingId", "Number"], unique: true);

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

        m.CreateTable("agenda_items", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            MeetingId = t.Column<Guid>(nullable: false),
            Item = t.Column<int>(nullable: false),
            SubItem = t.Column<string>(maxLength: 1, nullable: true),
            Title = t.Column<string>(maxLength: 1000, nullable: false),
            Annotation = t.Column<string>(nullable: true),
            ShortTitle = t.Column<string>(maxLength: 300, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_agenda_items", x => x.Id);
            t.ForeignKey("FK_agenda_items_meetings_MeetingId", x => x.MeetingId, "meetings", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_agenda_items_MeetingId_Item_SubItem", "agenda_items", ["MeetingId", "Item", "SubItem"], unique: true);

        m.CreateTable("agenda_item_documentation", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Position = t.Column<int>(nullable: false),
            Symbol = t.Column<string>(maxLength: 100, nullable: true),
            Title = t.Column<string>(maxLength: 1000, nullable: false),
            AgendaItemId = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_agenda_item_documentation", x => x.Id);
            t.ForeignKey("FK_agenda_item_documentation_agenda_items_AgendaItemId", x => x.AgendaItemId, "agenda_items", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_agenda_item_documentation_AgendaItemId", "agenda_item_documentation", "AgendaItemId");

        m.CreateTable("panellists", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Position = t.Column<int>(nullable: false),
            Name = t.Column<string>(maxLength: 200, nullable: false),
            State = t.Column<string>(maxLength: 200, nullable: true),
            Organization = t.Column<string>(maxLength: 300, nullable: true),
            AgendaItemId = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_panellists", x => x.Id);
            t.ForeignKey("FK_panellists_agenda_items_AgendaItemId", x => x.AgendaItemId, "agenda_items", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_panellists_AgendaItemId", "panellists", "AgendaItemId");

        m.CreateTable("organization_of_work", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            MeetingId = t.Column<Guid>(nullable: false),
            Position = t.Column<int>(nullable: false),
            Date = t.Column<DateOnly>(nullable: false),
            PlenaryMeetingNumber = t.Column<int>(nullable: true),
            AgendaItem = t.Column<string>(maxLength: 10, nullable: true),
            Continued = t.Column<bool>(nullable: false),
            Description = t.Column<string>(maxLength: 1000, nullable: true),
            NonWorking = t.Column<bool>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_organization_of_work", x => x.Id);
            t.ForeignKey("FK_organization_of_work_meetings_MeetingId", x => x.MeetingId, "meetings", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_organization_of_work_MeetingId_Position", "organization_of_work", ["MeetingId", "Position"]);

        m.CreateTable("documents", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            BodyId = t.Column<Guid>(nullable: false),
            MeetingNumber = t.Column<int>(nullable: true),
            Symbol = t.Column<string>(maxLength: 100, nullable: false),
            Title = t.Column<string>(maxLength: 1000, nullable: false),
            Type = t.Column<string>(maxLength: 40, nullable: false),
            IssuedOn = t.Column<DateOnly>(nullable: true),
            Distribution = t.Column<string>(maxLength: 40, nullable: false),
            OriginalLanguage = t.Column<string>(maxLength: 2, nullable: false),
            LanguageVersions = t.Column<string>(maxLength: 4000, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_documents", x => x.Id);
            t.ForeignKey("FK_documents_bodies_BodyId", x => x.BodyId, "bodies", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_documents_Symbol", "documents", "Symbol", unique: true);
        m.CreateIndex("IX_documents_BodyId_MeetingNumber", "documents", ["BodyId", "MeetingNumber"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        foreach (var table in new[]
                 {
                     "documents", "organization_of_work", "panellists", "agenda_item_documentation", "agenda_items",
                     "bureau_posts", "plenary_meetings", "meeting_events", "meetings", "planned_meetings",
                     "workplans", "mandates", "bodies",
                 })
            m.DropTable(table);
    }
}
