using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>Comment rounds on the compilation: the rounds, their comments and the comments' attachments (ADR 0025).</summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261208000000_CommentRounds")]
public sealed class CommentRounds : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("comment_rounds", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            BodyId = t.Column<Guid>(nullable: false),
            Number = t.Column<int>(nullable: false),
            MeetingNumber = t.Column<int>(nullable: false),
            CompilationSymbol = t.Column<string>(maxLength: 100, nullable: false),
            Items = t.Column<string>(maxLength: 40000, nullable: false),
            ForMemberStates = t.Column<bool>(nullable: false),
            ForObservers = t.Column<bool>(nullable: false),
            ForStakeholders = t.Column<bool>(nullable: false),
            DeadlineDate = t.Column<DateOnly>(nullable: false),
            DeadlineTime = t.Column<TimeOnly>(nullable: false),
            DeadlineTimeZone = t.Column<string>(maxLength: 100, nullable: false),
            DeadlineAt = t.Column<DateTimeOffset>(nullable: false),
            OpenedAt = t.Column<DateTimeOffset>(nullable: false),
            OpenedBy = t.Column<string>(maxLength: 256, nullable: false),
            Version = t.Column<int>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_comment_rounds", x => x.Id);
            t.ForeignKey("FK_comment_rounds_bodies_BodyId", x => x.BodyId, "bodies", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_comment_rounds_BodyId_Number", "comment_rounds", ["BodyId", "Number"], unique: true);

        m.CreateTable("comments", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            RoundId = t.Column<Guid>(nullable: false),
            Number = t.Column<int>(nullable: false),
            CommenterKind = t.Column<string>(maxLength: 40, nullable: false),
            CommenterKey = t.Column<string>(maxLength: 300, nullable: false),
            CommenterName = t.Column<string>(maxLength: 350, nullable: false),
            Audience = t.Column<string>(maxLength: 40, nullable: false),
            Item = t.Column<string>(maxLength: 30, nullable: true),
            Text = t.Column<string>(maxLength: 10000, nullable: false),
            AttachmentName = t.Column<string>(maxLength: 255, nullable: true),
            AttachmentType = t.Column<string>(maxLength: 100, nullable: true),
            AttachmentSize = t.Column<long>(nullable: true),
            AttachmentSha256 = t.Column<string>(maxLength: 64, nullable: true),
            SubmittedBy = t.Column<string>(maxLength: 256, nullable: false),
            SubmittedAt = t.Column<DateTimeOffset>(nullable: false),
            Status = t.Column<string>(maxLength: 40, nullable: false),
            DeclineReason = t.Column<string>(maxLength: 1000, nullable: true),
            ReviewedBy = t.Column<string>(maxLength: 256, nullable: true),
            ReviewedAt = t.Column<DateTimeOffset>(nullable: true),
            Version = t.Column<int>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_comments", x => x.Id);
            t.ForeignKey("FK_comments_comment_rounds_RoundId", x => x.RoundId, "comment_rounds", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_comments_RoundId_Number", "comments", ["RoundId", "Number"], unique: true);

        m.CreateTable("comment_attachments", t => new
        {
            CommentId = t.Column<Guid>(nullable: false),
            Content = t.Column<byte[]>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_comment_attachments", x => x.CommentId);
            t.ForeignKey("FK_comment_attachments_comments_CommentId", x => x.CommentId, "comments", "Id", onDelete: ReferentialAction.Cascade);
        });
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("comment_attachments");
        m.DropTable("comments");
        m.DropTable("comment_rounds");
    }
}
