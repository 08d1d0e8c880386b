using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>
/// The register is edited: documents count their edits (EditVersion, apart from the issue Version),
/// and each language version may carry its file, bytes included, in a table of its own (ADR 0009).
/// </summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261123040000_DocumentFiles")]
public sealed class DocumentFiles : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<int>("EditVersion", "documents", nullable: false, defaultValue: 1);
        m.CreateTable("document_files", t => new
        {
            DocumentId = t.Column<Guid>(nullable: false),
            Language = t.Column<string>(maxLength: 2, nullable: false),
            FileName = t.Column<string>(maxLength: 255, nullable: false),
            ContentType = t.Column<string>(maxLength: 100, nullable: false),
            Size = t.Column<long>(nullable: false),
            Sha256 = t.Column<string>(maxLength: 64, nullable: false),
            UploadedAt = t.Column<DateTimeOffset>(nullable: false),
            UploadedBy = t.Column<string>(maxLength: 256, nullable: false),
            Content = t.Column<byte[]>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_document_files", x => new { x.DocumentId, x.Language });
            t.ForeignKey("FK_document_files_documents_DocumentId", x => x.DocumentId, "documents", "Id", onDelete: ReferentialAction.Cascade);
        });
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("document_files");
        m.DropColumn("EditVersion", "documents");
    }
}
