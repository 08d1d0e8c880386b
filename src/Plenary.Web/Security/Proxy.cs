using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Plenary.Web.Security;

/// <summary>
/// Behind a reverse proxy that ends TLS: the client's address, the scheme and the host come from
/// X-Forwarded-For, -Proto and -Host, but only when the request comes from a proxy named in
/// Plenary:Proxy:KnownProxies (addresses) or Plenary:Proxy:KnownNetworks (CIDR ranges). Then the
/// sign-in cookie is Secure, HSTS is sent and the sign-in limit counts each client. With neither set
/// no forwarded header is honoured, so nobody can claim another address or HTTPS by sending them.
/// </summary>
public static class Proxy
{
    public static WebApplicationBuilder AddProxy(this WebApplicationBuilder builder)
    {
        var proxies = Read(builder.Configuration, "KnownProxies", "an IP address such as 10.0.0.2")
            .Select(text => IPAddress.TryParse(text, out var a) ? a : throw Bad("KnownProxies", text, "an IP address such as 10.0.0.2")).ToList();
        var networks = Read(builder.Configuration, "KnownNetworks", "a network such as 10.0.0.0/24")
            .Select(text => System.Net.IPNetwork.TryParse(text, out var n) ? n : throw Bad("KnownNetworks", text, "a network such as 10.0.0.0/24")).ToList();
        builder.Services.AddSingleton(new ProxySettings(proxies.Count + networks.Count > 0));
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // Only what is configured: not even the loopback address that ASP.NET Core trusts by default.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var p in proxies) o.KnownProxies.Add(p);
            foreach (var n in networks) o.KnownIPNetworks.Add(n);
        });
        return builder;
    }

    public static IApplicationBuilder UseProxy(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<ProxySettings>().Configured ? app.UseForwardedHeaders() : app;

    private static IEnumerable<string> Read(IConfiguration configuration, string key, string what) =>
        (configuration.GetSection($"Plenary:Proxy:{key}").Get<string[]>() ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim());

    private static InvalidOperationException Bad(string key, string value, string what) =>
        new($"Plenary:Proxy:{key} holds '{value}', which is not {what}.");
}

public sealed record ProxySettings(bool Configured);
