using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>Silence procedures with their circle and dated steps, each body's rules for them, and people's notifications (inbox and email).</summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261202000000_SilenceProcedures")]
public sealed class SilenceProcedures : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("silence_procedures", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            BodyId = t.Column<Guid>(nullable: false),
            Number = t.Column<int>(nullable: false),
            MeetingNumber = t.Column<int>(nullable: true),
            Subject = t.Column<string>(maxLength: 40, nullable: false),
            Title = t.Column<string>(maxLength: 300, nullable: false),
            DecisionText = t.Column<string>(maxLength: 10000, nullable: false),
            ProposedStart = t.Column<DateOnly>(nullable: true),
            ProposedEnd = t.Column<DateOnly>(nullable: true),
            ProposedFormat = t.Column<string>(maxLength: 40, nullable: true),
            FormatArrangements = t.Column<string>(maxLength: 500, nullable: true),
            AttachedDocument = t.Column<string>(maxLength: 200, nullable: true),
            Circle = t.Column<string>(maxLength: 40, nullable: false),
            DeadlineDate = t.Column<DateOnly>(nullable: false),
            DeadlineTime = t.Column<TimeOnly>(nullable: false),
            DeadlineTimeZone = t.Column<string>(maxLength: 100, nullable: false),
            DeadlineAt = t.Column<DateTimeOffset>(nullable: false),
            Status = t.Column<string>(maxLength: 40, nullable: false),
            DraftedAt = t.Column<DateTimeOffset>(nullable: false),
            CirculatedAt = t.Column<DateTimeOffset>(nullable: true),
            ConcludedAt = t.Column<DateTimeOffset>(nullable: true),
            RevisesId = t.Column<Guid>(nullable: true),
            RevisesNumber = t.Column<int>(nullable: true),
            ApplicationNote = t.Column<string>(maxLength: 2000, nullable: true),
            Version = t.Column<int>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_silence_procedures", x => x.Id);
            t.ForeignKey("FK_silence_procedures_bodies_BodyId", x => x.BodyId, "bodies", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_silence_procedures_BodyId_Number", "silence_procedures", ["BodyId", "Number"], unique: true);
        m.CreateIndex("IX_silence_procedures_Status", "silence_procedures", "Status");

        m.CreateTable("silence_circle_members", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            ProcedureId = t.Column<Guid>(nullable: false),
            UserId = t.Column<Guid>(nullable: false),
            Name = t.Column<string>(maxLength: 200, nullable: false),
            Email = t.Column<string>(maxLength: 256, nullable: false),
            Representing = t.Column<string>(maxLength: 200, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_silence_circle_members", x => x.Id);
            t.ForeignKey("FK_silence_circle_members_silence_procedures_ProcedureId", x => x.ProcedureId, "silence_procedures", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_silence_circle_members_ProcedureId_UserId", "silence_circle_members", ["ProcedureId", "UserId"], unique: true);

        m.CreateTable("silence_procedure_steps", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            ProcedureId = t.Column<Guid>(nullable: false),
            Position = t.Column<int>(nullable: false),
            Kind = t.Column<string>(maxLength: 40, nullable: false),
            At = t.Column<DateTimeOffset>(nullable: false),
            UserId = t.Column<Guid>(nullable: true),
            By = t.Column<string>(maxLength: 300, nullable: true),
            Response = t.Column<string>(maxLength: 40, nullable: true),
            Text = t.Column<string>(maxLength: 10000, nullable: true),
            PreviousDeadline = t.Column<DateTimeOffset>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_silence_procedure_steps", x => x.Id);
            t.ForeignKey("FK_silence_procedure_steps_silence_procedures_ProcedureId", x => x.ProcedureId, "silence_procedures", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_silence_procedure_steps_ProcedureId_Position", "silence_procedure_steps", ["ProcedureId", "Position"], unique: true);

        m.CreateTable("silence_settings", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            BodyId = t.Column<Guid>(nullable: false),
            MinimumNoticeHours = t.Column<int>(nullable: false),
            DefaultTimeZone = t.Column<string>(maxLength: 100, nullable: false),
            DefaultTime = t.Column<TimeOnly>(nullable: false),
            Version = t.Column<int>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_silence_settings", x => x.Id);
            t.ForeignKey("FK_silence_settings_bodies_BodyId", x => x.BodyId, "bodies", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_silence_settings_BodyId", "silence_settings", "BodyId", unique: true);

        m.CreateTable("notifications", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            UserId = t.Column<Guid>(nullable: false),
            BodyId = t.Column<Guid>(nullable: true),
            CreatedAt = t.Column<DateTimeOffset>(nullable: false),
            Subject = t.Column<string>(maxLength: 300, nullable: false),
            Text = t.Column<string>(maxLength: 20000, nullable: false),
            Link = t.Column<string>(maxLength: 500, nullable: false),
            ReadAt = t.Column<DateTimeOffset>(nullable: true),
            Email = t.Column<string>(maxLength: 256, nullable: true),
            EmailSentAt = t.Column<DateTimeOffset>(nullable: true),
            EmailLease = t.Column<long>(nullable: false),
            EmailAttempts = t.Column<int>(nullable: false),
            EmailError = t.Column<string>(maxLength: 1000, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_notifications", x => x.Id);
            t.ForeignKey("FK_notifications_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_notifications_UserId_ReadAt", "notifications", ["UserId", "ReadAt"]);
        m.CreateIndex("IX_notifications_EmailSentAt", "notifications", "EmailSentAt");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("notifications");
        m.DropTable("silence_settings");
        m.DropTable("silence_procedure_steps");
        m.DropTable("silence_circle_members");
        m.DropTable("silence_procedures");
    }
}
