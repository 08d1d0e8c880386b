using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>The Rapporteur's lists of preliminary conclusions and recommendations, and delegates' suggestions in the queue (ADR 0024).</summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261201000000_PreliminaryTexts")]
public sealed class PreliminaryTexts : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("preliminary_texts", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            BodyId = t.Column<Guid>(nullable: false),
            MeetingNumber = t.Column<int>(nullable: false),
            Identifier = t.Column<string>(maxLength: 30, nullable: false),
            Year = t.Column<int>(nullable: false),
            TopicCode = t.Column<string>(maxLength: 10, nullable: false),
            Number = t.Column<int>(nullable: false),
            Topic = t.Column<string>(maxLength: 300, nullable: false),
            AgendaItem = t.Column<string>(maxLength: 10, nullable: true),
            Kind = t.Column<string>(maxLength: 40, nullable: false),
            Text = t.Column<string>(maxLength: 4000, nullable: false),
            Language = t.Column<string>(maxLength: 2, nullable: false),
            SuggestedBy = t.Column<string>(maxLength: 4000, nullable: false),
            Status = t.Column<string>(maxLength: 40, nullable: false),
            RemovalReason = t.Column<string>(maxLength: 1000, nullable: true),
            MergedInto = t.Column<string>(maxLength: 30, nullable: true),
            RecordedAt = t.Column<DateTimeOffset>(nullable: false),
            Version = t.Column<int>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_preliminary_texts", x => x.Id);
            t.ForeignKey("FK_preliminary_texts_bodies_BodyId", x => x.BodyId, "bodies", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_preliminary_texts_BodyId_Identifier", "preliminary_texts", ["BodyId", "Identifier"], unique: true);
        m.CreateIndex("IX_preliminary_texts_BodyId_MeetingNumber", "preliminary_texts", ["BodyId", "MeetingNumber"]);

        m.CreateTable("suggestions", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            BodyId = t.Column<Guid>(nullable: false),
            MeetingNumber = t.Column<int>(nullable: false),
            State = t.Column<string>(maxLength: 3, nullable: false),
            SubmittedBy = t.Column<string>(maxLength: 256, nullable: false),
            SubmittedAt = t.Column<DateTimeOffset>(nullable: false),
            Topic = t.Column<string>(maxLength: 300, nullable: false),
            AgendaItem = t.Column<string>(maxLength: 10, nullable: true),
            Kind = t.Column<string>(maxLength: 40, nullable: false),
            Text = t.Column<string>(maxLength: 4000, nullable: false),
            Language = t.Column<string>(maxLength: 2, nullable: false),
            Status = t.Column<string>(maxLength: 40, nullable: false),
            Reason = t.Column<string>(maxLength: 1000, nullable: true),
            Result = t.Column<string>(maxLength: 30, nullable: true),
            DecidedBy = t.Column<string>(maxLength: 256, nullable: true),
            DecidedAt = t.Column<DateTimeOffset>(nullable: true),
            Version = t.Column<int>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_suggestions", x => x.Id);
            t.ForeignKey("FK_suggestions_bodies_BodyId", x => x.BodyId, "bodies", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_suggestions_BodyId_MeetingNumber", "suggestions", ["BodyId", "MeetingNumber"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("suggestions");
        m.DropTable("preliminary_texts");
    }
}
