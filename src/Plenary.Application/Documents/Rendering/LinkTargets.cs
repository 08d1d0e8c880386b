namespace Plenary.Application.Documents.Rendering;

/// <summary>
/// Which link targets a generated document may carry, in every format: web and mail addresses only.
/// Anything else (javascript:, data:, file:, a network share, an application's own scheme) stays as
/// text, so that a link written into an annotation can neither run script in a browser nor open a
/// file or a program from a Word document.
/// </summary>
public static class LinkTargets
{
    /// <summary>The address as a link may carry it, or null when it must stay text.</summary>
    public static Uri? Safe(string? url)
    {
        var trimmed = url?.Trim();
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeMailto)
            ? uri
            : null;
    }
}
