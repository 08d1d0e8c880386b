using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>A comment round's extended deadline (the first deadline kept, how many extensions, the last one's time and author) and its withdrawal.</summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261211000000_CommentRoundExtensions")]
public sealed class CommentRoundExtensions : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<DateOnly>("OriginalDeadlineDate", "comment_rounds", nullable: true);
        m.AddColumn<TimeOnly>("OriginalDeadlineTime", "comment_rounds", nullable: true);
        m.AddColumn<int>("Extensions", "comment_rounds", nullable: false, defaultValue: 0);
        m.AddColumn<DateTimeOffset>("ExtendedAt", "comment_rounds", nullable: true);
        m.AddColumn<string>("ExtendedBy", "comment_rounds", maxLength: 256, nullable: true);
        m.AddColumn<DateTimeOffset>("WithdrawnAt", "comment_rounds", nullable: true);
        m.AddColumn<string>("WithdrawnBy", "comment_rounds", maxLength: 256, nullable: true);
        m.AddColumn<string>("WithdrawalReason", "comment_rounds", maxLength: 1000, nullable: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        foreach (var column in new[] { "OriginalDeadlineDate", "OriginalDeadlineTime", "Extensions", "ExtendedAt", "ExtendedBy", "WithdrawnAt", "WithdrawnBy", "WithdrawalReason" })
            m.DropColumn(column, "comment_rounds");
    }
}
