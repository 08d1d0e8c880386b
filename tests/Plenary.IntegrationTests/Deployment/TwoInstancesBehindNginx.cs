using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Plenary.IntegrationTests.Support;

namespace Plenary.IntegrationTests.Deployment;

/// <summary>The test classes that share one deployment (it takes some 30 seconds to start).</summary>
[CollectionDefinition(Name)]
public sealed class TwoInstancesCollection : ICollectionFixture<TwoInstancesBehindNginx>
{
    public const string Name = "Two instances behind nginx";
}

/// <summary>
/// The deployment of docs/deploy.md, started by <c>deploy/two-instances.sh up</c> once for the test classes of
/// <see cref="TwoInstancesCollection"/>:
/// two Plenary instances behind Debian's nginx on one fresh PostgreSQL database, with the demo record
/// and the Secretariat's demo account. <see cref="Site"/> reaches either instance in turn,
/// <see cref="InstanceA"/> and <see cref="InstanceB"/> one each, all through nginx. The instances run
/// the build the tests were built with. Skipped without nginx or PostgreSQL, unless
/// PLENARY_REQUIRE_NGINX=1 (as in CI), where a missing one is a failure. Other features that must be
/// shown across instances (a background step that runs once) join that collection.
/// </summary>
public sealed class TwoInstancesBehindNginx : IAsyncLifetime
{
    public const string Password = "a passphrase for the deployment test";
    public const string Secretariat = "secretariat@plenary.demo";

    private readonly Dictionary<string, string> _environment = new();
    private string _connection = "";
    private string _admin = "";
    private string _database = "";

    public string? SkipReason { get; private set; }
    public Uri Site { get; private set; } = null!;
    public Uri InstanceA { get; private set; } = null!;
    public Uri InstanceB { get; private set; } = null!;
    /// <summary>What <c>up</c> printed.</summary>
    public string StartOutput { get; private set; } = "";
    /// <summary>The folder with nginx's configuration and every process's log.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"plenary-deploy-{Guid.NewGuid():N}"[..24]);
    /// <summary>The connection string of the instances' database.</summary>
    public string ConnectionString => _connection;

    public async Task InitializeAsync()
    {
        var required = Environment.GetEnvironmentVariable("PLENARY_REQUIRE_NGINX") == "1";
        var nginx = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists);
        var admin = Environment.GetEnvironmentVariable(PostgresTestStore.Variable);
        SkipReason = nginx is null ? "Deployment tests skipped: nginx is not installed (apt-get install nginx)."
            : string.IsNullOrEmpty(admin) ? $"Deployment tests skipped: set {PostgresTestStore.Variable} (see README)."
            : null;
        if (SkipReason is not null)
        {
            if (required) throw new InvalidOperationException("PLENARY_REQUIRE_NGINX=1, but " + SkipReason);
            return;
        }

        var server = new NpgsqlConnectionStringBuilder(admin);
        _admin = admin!;
        _database = $"plenary_deploy_{Guid.NewGuid():N}"[..30];
        _connection = new NpgsqlConnectionStringBuilder(admin) { Database = _database }.ConnectionString;
        var port = FreePorts();
        Site = new Uri($"http://127.0.0.1:{port}");
        InstanceA = new Uri($"http://127.0.0.1:{port + 1}");
        InstanceB = new Uri($"http://127.0.0.1:{port + 2}");
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name; // bin/<Debug|Release>/net10.0
        _environment["PLENARY_DEPLOY_DIR"] = Folder;
        _environment["PLENARY_DEPLOY_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _environment["PLENARY_DEPLOY_DATABASE"] = _database;
        _environment["PLENARY_DEPLOY_PASSWORD"] = Password;
        _environment["PLENARY_DEPLOY_APP"] = Path.Combine(RepoPaths.Root, "src", "Plenary.Web", "bin", configuration, "net10.0");
        _environment["PLENARY_DEPLOY_CLI"] = Path.Combine(RepoPaths.Root, "src", "Plenary.Cli", "bin", configuration, "net10.0");
        _environment["PGHOST"] = server.Host ?? "127.0.0.1";
        _environment["PGPORT"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _environment["PGUSER"] = server.Username ?? "plenary";
        _environment["PGPASSWORD"] = server.Password ?? "";
        _environment["PLENARY_DEPLOY_MAINTENANCE_DB"] = server.Database ?? "postgres";

        var (code, output) = await ScriptAsync("up", TimeSpan.FromMinutes(6));
        StartOutput = output;
        if (code != 0) throw new InvalidOperationException($"deploy/two-instances.sh up failed ({code}):\n{output}");
    }

    public async Task DisposeAsync()
    {
        if (SkipReason is not null || _database.Length == 0) return;
        await ScriptAsync("down --drop", TimeSpan.FromMinutes(1));
        NpgsqlConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>A client with its own cookies, for absolute addresses on any of the three entry points.</summary>
    public HttpClient Client() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true })
        {
            Timeout = TimeSpan.FromSeconds(60),
        };

    /// <summary>The log one instance ("a" or "b") has written so far.</summary>
    public string InstanceLog(string instance) => File.ReadAllText(Path.Combine(Folder, "logs", instance + ".log"));

    public NpgsqlConnection OpenDatabase()
    {
        var connection = new NpgsqlConnection(_connection);
        connection.Open();
        return connection;
    }

    /// <summary>Runs a shell command with the deployment's settings (PGHOST ..., PLENARY_DEPLOY_...) in its environment.</summary>
    public Task<(int Code, string Output)> ShellAsync(string command, TimeSpan limit) => RunAsync("-c", command, limit);

    /// <summary>The command line on a database of the deployment's server (its own by default).</summary>
    public Task<(int Code, string Output)> PlenaryAsync(string arguments, string? database = null)
    {
        var connection = new NpgsqlConnectionStringBuilder(_connection) { Database = database ?? _database }.ConnectionString;
        return ShellAsync($"dotnet \"$PLENARY_DEPLOY_CLI/plenary.dll\" --provider PostgreSQL --connection '{connection}' {arguments}", TimeSpan.FromMinutes(2));
    }

    public string Database => _database;

    private Task<(int Code, string Output)> ScriptAsync(string arguments, TimeSpan limit) =>
        RunAsync(Path.Combine(RepoPaths.Root, "deploy", "two-instances.sh"), arguments, limit);

    private async Task<(int Code, string Output)> RunAsync(string first, string rest, TimeSpan limit)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Root,
        };
        start.ArgumentList.Add(first);
        if (first == "-c") start.ArgumentList.Add(rest);
        else foreach (var argument in rest.Split(' ', StringSplitOptions.RemoveEmptyEntries)) start.ArgumentList.Add(argument);
        foreach (var (key, value) in _environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"timed out after {limit}\n{await stdout}\n{await stderr}");
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>A base port whose neighbours the script uses (+1, +2 through nginx; +11, +12 for the instances) are all free.</summary>
    private static int FreePorts()
    {
        var random = new Random();
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var port = random.Next(20_000, 40_000);
            if (new[] { 0, 1, 2, 11, 12 }.All(offset => IsFree(port + offset))) return port;
        }
        throw new InvalidOperationException("No free ports were found for the deployment test.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
