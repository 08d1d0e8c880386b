using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Accounts;
using Plenary.Application.Data;

namespace Plenary.IntegrationTests.Support;

/// <summary>API clients for the tests of writes: one holding a personal access token of a demo account, one anonymous.</summary>
public static class TestTokens
{
    /// <summary>Issues a token for the account straight in the store (the account page's own flow has its test in TokenTests).</summary>
    public static async Task<string> TokenForAsync(this PlenaryWebFactory site, string email)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlenaryDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var (token, secret) = PersonalAccessToken.Create(user.Id, "tests", 30, TimeProvider.System.GetUtcNow());
        db.PersonalAccessTokens.Add(token);
        await db.SaveChangesAsync();
        return secret;
    }

    public static HttpClient Api(this PlenaryWebFactory site, string? token = null)
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The public read of a JSON resource, parsed.</summary>
    public static async Task<JsonElement> ReadAsync(this PlenaryWebFactory site, string path) =>
        JsonDocument.Parse(await site.Api().GetStringAsync(path)).RootElement;
}
