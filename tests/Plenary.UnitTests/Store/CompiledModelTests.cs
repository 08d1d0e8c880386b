using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Plenary.Application.Data;

namespace Plenary.UnitTests.Store;

/// <summary>
/// The command line starts with EF Core's compiled models (src/Plenary.Application/Data/CompiledModels):
/// they must be made from the model as the code now builds it, on both providers.
/// </summary>
public class CompiledModelTests
{
    public static TheoryData<StoreProvider, string> Providers => new()
    {
        { StoreProvider.Sqlite, Plenary.Application.Data.CompiledModels.Fingerprints.Sqlite },
        { StoreProvider.PostgreSQL, Plenary.Application.Data.CompiledModels.Fingerprints.PostgreSQL },
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public void TheCompiledModel_WasMadeFromTheModelInCode(StoreProvider provider, string fingerprint)
    {
        using var db = new PlenaryStore(provider, provider == StoreProvider.Sqlite ? "Data Source=:memory:" : "Host=localhost;Database=model").CreateContext();
        var current = CompiledModel.FingerprintOf(db.GetService<IDesignTimeModel>().Model);
        Assert.True(current == fingerprint,
            $"The {provider} model in code has changed since the compiled models were generated: run tools/compiled-model.sh and commit what it writes.");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void TheCompiledModel_HoldsTheSameTablesAsTheModelInCode(StoreProvider provider, string _)
    {
        var store = new PlenaryStore(provider, provider == StoreProvider.Sqlite ? "Data Source=:memory:" : "Host=localhost;Database=model");
        using var built = store.CreateContext();
        using var compiled = (store with { UseCompiledModel = true }).CreateContext();
        static string[] Tables(DbContext db) => db.Model.GetEntityTypes().Select(e => $"{e.Name}:{e.GetTableName()}").Order().ToArray();
        Assert.Equal(Tables(built), Tables(compiled));
    }

    [Fact]
    public void TheCompiledModels_WereMadeWithTheLatestMigration_OrTheCommandLineBuildsItsModel()
    {
        Assert.True(CompiledModel.IsCurrent,
            $"A migration ({CompiledModel.LatestMigration}) came after the compiled models were generated: run tools/compiled-model.sh and commit what it writes.");
    }
}
