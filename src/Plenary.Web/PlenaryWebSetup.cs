using Plenary.Web.Api.Documents;
using Plenary.Web.Pages.Admin;
using Plenary.Web.Pages.Documents;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Plenary.Application.Accounts;
using Plenary.Web.Security;
using Microsoft.AspNetCore.Http.Json;
using Plenary.Application.Bodies;
using Plenary.Application.Data;
using Plenary.Application.Documents;
using Plenary.Application.Documents.Rendering;
using Plenary.Application.Meetings;
using Plenary.Application.Records;
using Plenary.Web.Api;
using Plenary.Web.Health;
using Plenary.Web.Live;
using Plenary.Web.Caching;
using Plenary.Web.Recommendations;

namespace Plenary.Web;

/// <summary>How the web app is put together: services, store preparation and the request pipeline.</summary>
public static class PlenaryWebSetup
{
    public static WebApplicationBuilder AddPlenary(this WebApplicationBuilder builder)
    {
        // The console's levels hold even where appsettings.json is not found (the app started from another
        // directory): EF Core's SQL and ASP.NET Core's routine lines stay out. Lowest priority, so any setting overrides them.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Information",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
            },
        });
        builder.AddRequestLog();
        builder.AddProxy();
        var store = PlenaryStore.FromConfiguration(builder.Configuration);
        builder.Services.AddPlenaryStore(store);
        builder.Services.AddScoped<BodyQueries>();
        builder.Services.AddScoped<MeetingQueries>();
        builder.Services.AddScoped<DocumentQueries>();
        builder.Services.AddScoped<ImportRecord>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<OfficialDocuments>();
        builder.Services.AddSingleton(new PdfRenderer());
        builder.Services.AddSingleton<DocumentFormats>();
        builder.Services.AddScoped<AddUser>();
        builder.Services.AddScoped<ManageAccounts>();
        builder.Services.AddScoped<PasswordSignIn>();
        builder.Services.AddSingleton<StandInPasswordHash>();
        builder.Services.AddSingleton<SetupCode>();
        builder.Services.AddScoped<FirstAdministrator>();
        builder.Services.AddSingleton<OperatorConsole>();
        // The demo accounts only when asked for: --demo, or Plenary:Demo (on by default in Development alone).
        builder.Services.AddSingleton(new DemoMode(builder.Configuration.GetValue("Plenary:Demo", builder.Environment.IsDevelopment())));
        builder.Services.AddScoped<InviteUser>();
        builder.Services.AddScoped<AcceptInvitation>();
        builder.Services.AddScoped<Plenary.Application.Editing.EditPipeline>();
        builder.Services.AddScoped<Plenary.Application.Meetings.EditMeeting>();
        builder.Services.AddScoped<EditBody>();
        builder.Services.AddScoped<Plenary.Application.Audit.AuditQueries>();
        builder.Services.AddScoped<Plenary.Application.Participation.Delegations>();
        builder.Services.AddScoped<Plenary.Application.Participation.Organizations>();
        builder.Services.AddPlenaryParticipation();
        builder.Services.AddScoped<EditDocuments>();
        builder.Services.AddPlenaryRecommendations(builder.Configuration);
        // Uploaded files: 25 MB unless Plenary:Documents:MaxFileBytes says otherwise; requests may carry one file and a form.
        var limits = new DocumentLimits(builder.Configuration.GetValue("Plenary:Documents:MaxFileBytes", Plenary.Domain.Documents.DocumentFile.DefaultMaxBytes));
        builder.Services.AddSingleton(limits);
        // Forms and JSON bodies: 2 MB unless Plenary:Requests:MaxBodyBytes says otherwise; file routes: the file and 1 MB (RequestSizeLimits).
        builder.Services.AddSingleton(new RequestLimitSettings(builder.Configuration.GetValue("Plenary:Requests:MaxBodyBytes", RequestSizeLimits.DefaultMaxBodyBytes), limits.MaxFileBytes));
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = limits.MaxFileBytes + 1024 * 1024);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = Math.Max(30_000_000, limits.MaxFileBytes + 1024 * 1024);
            k.AddServerHeader = false; // no response names the server software
        });
        builder.Services.AddPlenaryAccounts().AddSignInManager().AddDefaultTokenProviders();
        builder.AddKeyEncryption();
        builder.Services.AddPlenaryPasskeys(builder.Configuration);
        // One default scheme that reads a bearer token when the request carries one, and the sign-in cookie otherwise.
        builder.Services.AddAuthentication("Plenary")
            .AddPolicyScheme("Plenary", "Cookie or personal access token", o => o.ForwardDefaultSelector = c =>
                c.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? PersonalAccessToken.Scheme
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, TokenAuthenticationHandler>(PersonalAccessToken.Scheme, null);
        builder.Services.AddAuthentication().AddIdentityCookies();
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "plenary";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // Secure behind HTTPS
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // The API answers 401/403 itself instead of redirecting to a page.
            o.Events.OnRedirectToLogin = c => Challenge(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => Challenge(c, StatusCodes.Status403Forbidden);
            // The stamp is checked whenever an account may have changed since the session was last checked (SessionCheck).
            o.Events.OnValidatePrincipal = SessionCheck.ValidateAsync;
        });
        // Every request of a signed-in user checks their security stamp (when any account changed since
        // its last check), so that signing out, a new password, a role taken away or a lock ends their
        // other sessions at once, not half an hour later.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        builder.Services.AddAuthorization(Policies.Add);
        var attempts = builder.Configuration.GetValue("Plenary:SignInAttemptsPerMinute", 10);
        var tokenWrites = builder.Configuration.GetValue("Plenary:TokenWritesPerMinute", 60);
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Sign-in attempts (posts): a few a minute from one address, on top of the per-account lockout.
            o.AddPolicy("sign-in", context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = attempts, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("reading"));
            // Writes with a token: sixty a minute per token holder (Plenary:TokenWritesPerMinute).
            o.AddPolicy("token-writes", context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.Identity?.Name ?? "address:" + context.Connection.RemoteIpAddress,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = tokenWrites, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        builder.Services.AddPlenaryLive();
        Plenary.Web.Decisions.DecisionsSetup.AddPlenaryDecisions(builder.Services, builder.Configuration);
        builder.Services.AddPublicResponseCache();
        builder.Services.AddRazorPages().AddMvcOptions(o =>
        {
            o.ModelBinderProviders.Insert(0, new Pages.Shared.CheckboxBinderProvider());
            o.Filters.Add(new Pages.Shared.UnknownHandlerFilter());
        });
        builder.Services.AddProblemDetails();
        // Unreadable API input throws, so that UnreadableRequests can name the parameter (in every environment).
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddPlenaryOpenApi();
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        return builder;
    }

    /// <summary>
    /// The command line of the web app: <c>--demo</c> asks for the demo (the same as
    /// <c>--Plenary:Demo=true</c>); everything else is configuration as usual.
    /// </summary>
    public static string[] CommandLine(string[] args) =>
        args.Select(a => a == "--demo" ? "--Plenary:Demo=true" : a).ToArray();

    /// <summary>
    /// Migrates an embedded SQLite store on start (PostgreSQL is migrated by `plenary db migrate`),
    /// loads the demo record into an empty store unless Plenary:LoadDemo is false, makes the demo
    /// accounts when the demo is asked for, and tells the operator how to make the first
    /// Administrator when there is none.
    /// </summary>
    public static async Task PrepareStoreAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var store = services.GetRequiredService<PlenaryStore>();
        var db = services.GetRequiredService<PlenaryDbContext>();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Plenary.Store");
        var console = services.GetRequiredService<OperatorConsole>();
        if (store.Provider == StoreProvider.Sqlite)
        {
            var applied = await StoreMigrator.MigrateAsync(db);
            if (applied.Count > 0) log.LogInformation("Migrated {Store}: {Migrations}", store.Describe(), string.Join(", ", applied));
        }
        else
        {
            // `plenary db migrate` brings the register's starting list in; a store migrated some other way gets it here.
            await Plenary.Application.Participation.Organizations.BringInStartingListAsync(db);
        }
        var demo = services.GetRequiredService<DemoMode>().Enabled;
        if ((app.Configuration.GetValue("Plenary:LoadDemo", true) && !db.Bodies.Any())
            || (demo && !db.Bodies.Any(b => b.Slug == DemoAccounts.DemoBody)))
        {
            var path = Path.Combine(AppContext.BaseDirectory, "demo", "eg-cybercrime.json");
            if (File.Exists(path))
            {
                var result = await services.GetRequiredService<ImportRecord>().HandleAsync(await File.ReadAllTextAsync(path));
                if (result.Succeeded)
                {
                    log.LogInformation("Loaded the demo record ({Slug}).", result.BodySlug);
                    await ParticipationSetup.StartDemoClockAsync(services);
                }
                else log.LogError("The demo record could not be loaded: {Errors}", string.Join("; ", result.Errors));
            }
        }
        if (demo)
        {
            var made = await DemoAccounts.EnsureAsync(services.GetRequiredService<AddUser>(), db, app.Configuration["Plenary:DemoPassword"]);
            if (made.Created.Count > 0 && app.Configuration["Plenary:DemoPassword"] is null)
                console.Tell($"Demo accounts made: {string.Join(", ", made.Created)}.\n" +
                    $"Their password, shown only now (keep it; it is not stored anywhere you can read it): {made.Password}");
            else if (made.Created.Count == 0)
                console.Tell("The demo accounts (" + string.Join(", ", DemoAccounts.All.Select(a => a.Email)) + ") exist already; their password was shown when they were made. "
                    + "'plenary users password --email E' gives one of them a new password.");
            // The demo's open silence procedure, circulated to the demo's extended Bureau (unless Plenary:DemoOpenProcedure is false).
            if (app.Configuration.GetValue("Plenary:DemoOpenProcedure", true))
                await Plenary.Application.Decisions.DemoProcedure.EnsureOpenAsync(db, services.GetRequiredService<Plenary.Application.Decisions.SilenceProcedures>(),
                    services.GetRequiredService<TimeProvider>(), DemoAccounts.DemoBody);
        }
        else if ((await DemoAccounts.PresentAsync(db)).Count > 0)
        {
            console.Tell("This store holds demo accounts (*" + DemoAccounts.Domain + "). Before real use, remove them: 'plenary users remove --email E --yes'.");
        }
        if (await services.GetRequiredService<FirstAdministrator>().IsNeededAsync())
            console.Tell("No account holds the Administrator role yet. Open /setup and give this setup code: "
                + services.GetRequiredService<SetupCode>().Value
                + "\n(or run 'plenary users add --email E --role Administrator' on this server).");
    }

    private static async Task ApiStatus(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var (title, detail) = http.Response.StatusCode switch
        {
            StatusCodes.Status401Unauthorized => ("Sign-in needed", "This call writes to the record: send a personal access token as 'Authorization: Bearer plenary_…' (create one on your account page)."),
            StatusCodes.Status403Forbidden => ("Not allowed", "Your account does not hold a role that may do this."),
            StatusCodes.Status405MethodNotAllowed => ("Method not allowed", $"{http.Request.Method} is not a method of this route; see /openapi/v1.json."),
            StatusCodes.Status415UnsupportedMediaType => ("Unsupported media type", "Send the body as JSON, with 'Content-Type: application/json'."),
            StatusCodes.Status429TooManyRequests => ("Too many requests", "Wait a minute and try again."),
            var status => (ReasonPhrases.GetReasonPhrase(status), "See /openapi/v1.json for the routes and what they take."),
        };
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = http.Response.StatusCode, Title = title, Detail = detail },
        });
    }

    private static async Task ApiFailure(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status500InternalServerError;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Something went wrong",
                Detail = "Plenary could not complete the request; nothing was changed by it. The problem has been logged; please try again.",
            },
        });
    }

    private static Task Challenge(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api")) context.Response.StatusCode = status;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public static WebApplication UsePlenary(this WebApplication app)
    {
        app.UseProxy();
        app.UseRequestLog();
        // An unexpected failure: problem details under /api (in every environment, without internals), the error page elsewhere.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = ApiFailure,
            StatusCodeSelector = _ => StatusCodes.Status500InternalServerError,
        }));
        if (!app.Environment.IsDevelopment())
            app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error",
                StatusCodeSelector = _ => StatusCodes.Status500InternalServerError,
            }));
        // A bare status (401, 403, 404, 405 ...) becomes problem details under /api and the error page elsewhere.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages(ApiStatus).UseUnreadableRequestProblems());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/error", "?status={0}"));
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseStaticFiles();
        // Anonymous reads answered from memory while the record's version is unchanged (ADR 0020).
        app.UsePublicResponseCache();
        app.UseRouting();
        // An address that matches no route is "Page not found" for everyone: the default-deny fallback
        // policy would otherwise send an anonymous visitor who mistyped it to sign in.
        app.Use((context, next) =>
        {
            if (context.GetEndpoint() is not null) return next(context);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        app.UseRequestSizeLimits();
        app.UseAuthentication();
        // After authentication, so that token writes are counted per token holder, not all together.
        app.UseRateLimiter();
        app.UseAuditActor();
        app.UseAuthorization();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapPlenaryApi();
        app.MapHealth();
        app.MapDocumentStylesheet();
        app.MapAuditExport();
        app.MapPasskeyEndpoints();
        app.MapDocumentDownloads();
        Plenary.Web.Decisions.DecisionsSetup.MapDecisionStreams(app);
        app.MapParticipationEndpoints();
        Plenary.Web.Recommendations.ConsolidationLive.MapConsolidationStream(app);
        app.MapRazorPages();
        return app;
    }
}
