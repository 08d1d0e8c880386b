using Plenary.Application.Data;

namespace Plenary.Application.Records;

/// <summary>Writes a body's whole record in the record format; null when no body has that slug.</summary>
public sealed class ExportRecord(PlenaryDbContext db)
{
    public async Task<string?> HandleAsync(string slug, CancellationToken ct = default)
    {
        var stored = await RecordLoader.LoadAsync(db, slug, ct);
        return stored is null ? null : RecordJson.Serialize(stored.ToRecord());
    }
}
