using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Data;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Security;

/// <summary>Smaller things a response must not give away, and the keys that protect sign-ins.</summary>
public sealed class HardeningTests : FreshSiteTests
{
    [SkippableFact]
    public async Task Health_SaysWhichKindOfStore_ButNotWhereItIs()
    {
        var body = await Anonymous().GetStringAsync("/health");
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(Site.Services.GetRequiredService<PlenaryStore>().ConnectionString).DataSource;

        Assert.Contains("\"SQLite\"", body);
        Assert.DoesNotContain(Path.GetFileName(file), body);
        Assert.DoesNotContain(Path.GetTempPath().TrimEnd('/'), body);
    }

    [SkippableTheory]
    [InlineData("/bodies/eg-cybercrime/meetings/7/delegations/states/ZAF")]
    [InlineData("/api/v1/bodies/eg-cybercrime/meetings/7/delegations/states/ZAF")]
    [InlineData("/bodies/eg-cybercrime/meetings/7/delegations")]
    public async Task DelegationPages_NamingPersons_AreNeverStored(string path)
    {
        // The API is read with a token (no sign-in cookie, whose renewal would say no-store by itself).
        var secretariat = path.StartsWith("/api/", StringComparison.Ordinal)
            ? Site.Api(await Site.TokenForAsync("secretariat@plenary.demo"))
            : await SignedInAsync("secretariat@plenary.demo");

        var response = await secretariat.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path}: Cache-Control is '{response.Headers.CacheControl}'");
    }
}

/// <summary>What Kestrel itself sends: no Server header naming the software.</summary>
public sealed class ServerHeaderTests : IAsyncLifetime
{
    private readonly SqliteTestStore _store = new();
    private PlenaryWebFactory _site = null!;

    public Task InitializeAsync()
    {
        _site = new PlenaryWebFactory(_store.Store);
        _site.UseKestrel(0);
        _site.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task NoResponse_NamesTheServerSoftware()
    {
        var address = _site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(address) };

        var page = await http.GetAsync("/");
        var missing = await http.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.False(page.Headers.Contains("Server"), string.Join(", ", page.Headers.Select(h => h.Key)));
        Assert.False(missing.Headers.Contains("Server"));
    }
}

/// <summary>With a certificate configured, the data-protection keys kept in the store are encrypted with it.</summary>
public sealed class DataProtectionKeyTests : IAsyncLifetime
{
    private readonly SqliteTestStore _store = new();
    private readonly string _certificate = Path.Combine(Path.GetTempPath(), $"plenary-keys-{Guid.NewGuid():N}.pfx");
    private PlenaryWebFactory? _site;

    public Task InitializeAsync()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Plenary data protection (tests)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(TimeProvider.System.GetUtcNow().AddDays(-1), TimeProvider.System.GetUtcNow().AddYears(1));
        File.WriteAllBytes(_certificate, certificate.Export(X509ContentType.Pfx, "certificate passphrase"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_site is not null) await _site.DisposeAsync();
        await _store.DisposeAsync();
        File.Delete(_certificate);
    }

    private async Task<List<string>> KeysAfterASignInAsync(Dictionary<string, string?> settings)
    {
        _site = new PlenaryWebFactory(_store.Store, settings: settings);
        var client = _site.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("chair@plenary.demo")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
        using var scope = _site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PlenaryDbContext>().DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
    }

    [Fact]
    public async Task WithACertificate_TheKeysInTheStoreAreEncrypted_AndSignInsWork()
    {
        var keys = await KeysAfterASignInAsync(new()
        {
            ["Plenary:DataProtection:CertificatePath"] = _certificate,
            ["Plenary:DataProtection:CertificatePassword"] = "certificate passphrase",
        });

        Assert.NotEmpty(keys);
        Assert.All(keys, xml => Assert.Contains("EncryptedXml", xml));
        Assert.All(keys, xml => Assert.DoesNotContain("<masterKey", xml));
    }

    [Fact]
    public async Task AMissingCertificate_StopsTheStartWithTheSettingNamed()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => KeysAfterASignInAsync(new() { ["Plenary:DataProtection:CertificatePath"] = "/no/such/certificate.pfx" }));
        Assert.Contains("Plenary:DataProtection:CertificatePath", error.GetBaseException().Message + error.Message);
    }
}
