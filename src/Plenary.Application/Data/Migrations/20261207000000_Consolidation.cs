using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>The consolidation at the stocktaking convening: consolidated texts and their versions, dispositions, snapshots of agreed texts (issue 9, item 4).</summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261207000000_Consolidation")]
public sealed class Consolidation : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("consolidations", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            BodyId = t.Column<Guid>(nullable: false),
            MeetingNumber = t.Column<int>(nullable: false),
            IgnoredProposals = t.Column<string>(maxLength: 4000, nullable: false),
            FinalisedAt = t.Column<DateTimeOffset>(nullable: true),
            Version = t.Column<int>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_consolidations", x => x.Id);
            t.ForeignKey("FK_consolidations_bodies_BodyId", x => x.BodyId, "bodies", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_consolidations_BodyId_MeetingNumber", "consolidations", ["BodyId", "MeetingNumber"], unique: true);

        m.CreateTable("consolidated_texts", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            ConsolidationId = t.Column<Guid>(nullable: false),
            Number = t.Column<int>(nullable: false),
            Topic = t.Column<string>(maxLength: 300, nullable: false),
            Kind = t.Column<string>(maxLength: 40, nullable: false),
            State = t.Column<string>(maxLength: 40, nullable: false),
            StateChangedAt = t.Column<DateTimeOffset>(nullable: true),
            Sources = t.Column<string>(maxLength: 4000, nullable: false),
            Text = t.Column<string>(maxLength: 4000, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_consolidated_texts", x => x.Id);
            t.ForeignKey("FK_consolidated_texts_consolidations_ConsolidationId", x => x.ConsolidationId, "consolidations", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_consolidated_texts_ConsolidationId_Number", "consolidated_texts", ["ConsolidationId", "Number"], unique: true);

        m.CreateTable("consolidated_text_versions", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            ConsolidatedTextId = t.Column<Guid>(nullable: false),
            Number = t.Column<int>(nullable: false),
            Text = t.Column<string>(maxLength: 4000, nullable: false),
            Note = t.Column<string>(maxLength: 500, nullable: true),
            At = t.Column<DateTimeOffset>(nullable: false),
            By = t.Column<string>(maxLength: 256, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_consolidated_text_versions", x => x.Id);
            t.ForeignKey("FK_consolidated_text_versions_texts", x => x.ConsolidatedTextId, "consolidated_texts", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_consolidated_text_versions_ConsolidatedTextId_Number", "consolidated_text_versions", ["ConsolidatedTextId", "Number"], unique: true);

        m.CreateTable("preliminary_dispositions", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            ConsolidationId = t.Column<Guid>(nullable: false),
            Identifier = t.Column<string>(maxLength: 30, nullable: false),
            Kind = t.Column<string>(maxLength: 40, nullable: false),
            Reason = t.Column<string>(maxLength: 1000, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_preliminary_dispositions", x => x.Id);
            t.ForeignKey("FK_preliminary_dispositions_consolidations_ConsolidationId", x => x.ConsolidationId, "consolidations", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_preliminary_dispositions_ConsolidationId_Identifier", "preliminary_dispositions", ["ConsolidationId", "Identifier"], unique: true);

        m.CreateTable("agreed_snapshots", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            ConsolidationId = t.Column<Guid>(nullable: false),
            Number = t.Column<int>(nullable: false),
            StatusDate = t.Column<DateOnly>(nullable: false),
            StatusTime = t.Column<TimeOnly>(nullable: false),
            PublishedAt = t.Column<DateTimeOffset>(nullable: false),
            PublishedBy = t.Column<string>(maxLength: 256, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_agreed_snapshots", x => x.Id);
            t.ForeignKey("FK_agreed_snapshots_consolidations_ConsolidationId", x => x.ConsolidationId, "consolidations", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_agreed_snapshots_ConsolidationId_Number", "agreed_snapshots", ["ConsolidationId", "Number"], unique: true);

        m.CreateTable("agreed_snapshot_texts", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            SnapshotId = t.Column<Guid>(nullable: false),
            Position = t.Column<int>(nullable: false),
            Number = t.Column<int>(nullable: false),
            Topic = t.Column<string>(maxLength: 300, nullable: false),
            Kind = t.Column<string>(maxLength: 40, nullable: false),
            State = t.Column<string>(maxLength: 40, nullable: false),
            Text = t.Column<string>(maxLength: 4000, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_agreed_snapshot_texts", x => x.Id);
            t.ForeignKey("FK_agreed_snapshot_texts_agreed_snapshots_SnapshotId", x => x.SnapshotId, "agreed_snapshots", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_agreed_snapshot_texts_SnapshotId_Position", "agreed_snapshot_texts", ["SnapshotId", "Position"], unique: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("agreed_snapshot_texts");
        m.DropTable("agreed_snapshots");
        m.DropTable("preliminary_dispositions");
        m.DropTable("consolidated_text_versions");
        m.DropTable("consolidated_texts");
        m.DropTable("consolidations");
    }
}
