using Plenary.Application.Data;

namespace Plenary.UnitTests.Store;

public sealed class PlenaryStoreTests
{
    [Fact]
    public void WithNothingConfigured_TheEmbeddedStoreIsOneAbsoluteFilePerUser()
    {
        var store = PlenaryStore.From(null, null);

        Assert.Equal(StoreProvider.Sqlite, store.Provider);
        var path = store.ConnectionString["Data Source=".Length..];
        Assert.True(Path.IsPathRooted(path), path);
        Assert.EndsWith(Path.Combine("plenary", "plenary.db"), path);
    }

    [Theory]
    [InlineData("PostgreSQL")]
    [InlineData("postgres")]
    public void PostgreSQL_WithoutAConnectionString_IsRefusedSayingWhatToGive(string provider)
    {
        var e = Assert.Throws<InvalidOperationException>(() => PlenaryStore.From(provider, null));
        Assert.Contains("ConnectionStrings:Plenary is empty", e.Message);
    }

    [Fact]
    public void AnUnknownProvider_IsRefusedNamingTheChoices()
    {
        var e = Assert.Throws<InvalidOperationException>(() => PlenaryStore.From("oracle", "x"));
        Assert.Contains("'Sqlite' (the default) or 'PostgreSQL'", e.Message);
    }

    [Fact]
    public void Describe_NeverShowsThePassword()
    {
        var store = PlenaryStore.From("PostgreSQL", "Host=db.example;Database=plenary;Username=u;Password=s3cret");
        Assert.DoesNotContain("s3cret", store.Describe());
        Assert.Contains("db.example", store.Describe());
    }
}
