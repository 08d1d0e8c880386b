namespace Plenary.Domain;

/// <summary>
/// An edit made from a page or read older than the record: refused, never applied over the newer
/// state. Thrown by <see cref="IVersioned.BeginEdit"/> of every aggregate (a body, a meeting, a
/// register entry, a delegation ...), so the message names none of them.
/// </summary>
public sealed class StaleEditException(int currentVersion)
    : Exception($"What you edited has changed since you read it (it is now at version {currentVersion}); read it again and make your change again.")
{
    public int CurrentVersion { get; } = currentVersion;
}
