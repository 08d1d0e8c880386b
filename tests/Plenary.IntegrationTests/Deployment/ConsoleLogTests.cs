using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Plenary.Web;

namespace Plenary.IntegrationTests.Deployment;

/// <summary>What the operator's console shows when the app starts from a directory without appsettings.json.</summary>
public sealed class ConsoleLogTests
{
    private static ILoggerFactory LogsOfAppStartedIn(DirectoryInfo dir, IReadOnlyDictionary<string, string>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = dir.FullName, EnvironmentName = "Production" });
        builder.Configuration["ConnectionStrings:Plenary"] = $"Data Source={Path.Combine(dir.FullName, "plenary.db")}";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.Configuration[key] = value;
        builder.AddPlenary();
        return builder.Build().Services.GetRequiredService<ILoggerFactory>();
    }

    [Fact]
    public void WithoutASettingsFile_TheConsoleLeavesOutEfCoresSqlAndRoutineRequestLines_ButKeepsPlenarysOwn()
    {
        var logs = LogsOfAppStartedIn(Directory.CreateTempSubdirectory());

        Assert.False(logs.CreateLogger("Microsoft.EntityFrameworkCore.Database.Command").IsEnabled(LogLevel.Information));
        Assert.False(logs.CreateLogger("Microsoft.AspNetCore.Routing.EndpointMiddleware").IsEnabled(LogLevel.Information));
        Assert.True(logs.CreateLogger("Microsoft.EntityFrameworkCore.Database.Command").IsEnabled(LogLevel.Warning));
        Assert.True(logs.CreateLogger("Plenary.Store").IsEnabled(LogLevel.Information));
    }

    [Fact]
    public void AnOperatorsSetting_StillTurnsTheSqlLogOn()
    {
        var logs = LogsOfAppStartedIn(Directory.CreateTempSubdirectory(),
            new Dictionary<string, string> { ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Information" });

        Assert.True(logs.CreateLogger("Microsoft.EntityFrameworkCore.Database.Command").IsEnabled(LogLevel.Information));
    }
}
