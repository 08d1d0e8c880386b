using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Plenary.Web.Security;

/// <summary>
/// The data-protection keys (they protect sign-in cookies and antiforgery tokens) are kept in the
/// store so that every instance shares them. With Plenary:DataProtection:CertificatePath (a PFX file
/// with its private key) and CertificatePassword set, each new key is encrypted with that
/// certificate before it is stored, so that a copy of the database alone cannot forge a sign-in.
/// Every instance needs the same certificate.
/// </summary>
public static class KeyEncryption
{
    public static WebApplicationBuilder AddKeyEncryption(this WebApplicationBuilder builder)
    {
        var path = builder.Configuration["Plenary:DataProtection:CertificatePath"];
        if (string.IsNullOrWhiteSpace(path)) return builder;
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, builder.Configuration["Plenary:DataProtection:CertificatePassword"]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            throw new InvalidOperationException($"Plenary:DataProtection:CertificatePath is '{path}', which cannot be read as a PFX certificate with its private key " +
                $"(check the file and Plenary:DataProtection:CertificatePassword): {e.Message}", e);
        }
        if (!certificate.HasPrivateKey)
            throw new InvalidOperationException($"The certificate at Plenary:DataProtection:CertificatePath ('{path}') has no private key; the keys could be encrypted but never read back.");
        builder.Services.AddDataProtection().ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        return builder;
    }
}
