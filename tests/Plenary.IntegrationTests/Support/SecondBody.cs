using Microsoft.Extensions.DependencyInjection;
using Plenary.Application.Accounts;
using Plenary.Application.Data;
using Plenary.Application.Records;
using Plenary.Domain.Accounts;

namespace Plenary.IntegrationTests.Support;

/// <summary>
/// A second body beside the demo's Expert Group, one that holds sessions: the Conference of the
/// States Parties to the United Nations Convention against Corruption, with its tenth session, and
/// an account of its own Secretariat.
/// </summary>
public static class SecondBody
{
    public const string Slug = "cosp";
    public const string SecretariatEmail = "secretariat@cosp.example.org";
    public const string Password = "second body secretariat passphrase";

    public const string Record = """
        {
          "formatVersion": 1,
          "body": {
            "slug": "cosp",
            "fullName": "Conference of the States Parties to the United Nations Convention against Corruption",
            "shortName": "Conference",
            "secretariat": "United Nations Office on Drugs and Crime (UNODC)",
            "symbolSeries": "CAC/COSP",
            "membership": "listed"
          },
          "meetings": [
            {
              "number": 10,
              "venue": "Atlanta, United States of America",
              "startDate": "2023-12-11",
              "endDate": "2023-12-15",
              "format": "inPerson",
              "status": "planned"
            }
          ]
        }
        """;

    /// <summary>Loads the body into the site's store and makes its Secretariat's account.</summary>
    public static async Task AddAsync(PlenaryWebFactory site)
    {
        using var scope = site.Services.CreateScope();
        var imported = await new ImportRecord(scope.ServiceProvider.GetRequiredService<PlenaryDbContext>()).HandleAsync(Record);
        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        var added = await scope.ServiceProvider.GetRequiredService<AddUser>().HandleAsync(
            new AddUserRequest(SecretariatEmail, "Secretariat of the Conference", AccessRole.Secretariat, Slug, null, null, Password));
        Assert.True(added.Succeeded, string.Join("; ", added.Errors));
    }
}
