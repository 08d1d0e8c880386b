using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>
/// The register sorted by the store: each document keeps its symbol's place in the order of symbols
/// (Document.SymbolOrder, a byte-ordered key), indexed with its body. The keys of documents already
/// registered are written after the migration (StoreMigrator), since only the domain knows how to make them.
/// </summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261212010000_RegisterOrder")]
public sealed class RegisterOrder : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        var postgres = m.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";
        m.AddColumn<string>("SymbolOrder", "documents", maxLength: 400, nullable: false, defaultValue: "", collation: postgres ? "C" : null);
        m.CreateIndex("IX_documents_BodyId_SymbolOrder", "documents", ["BodyId", "SymbolOrder"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex("IX_documents_BodyId_SymbolOrder", "documents");
        m.DropColumn("SymbolOrder", "documents");
    }
}
