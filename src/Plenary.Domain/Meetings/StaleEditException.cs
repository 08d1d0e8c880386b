namespace Plenary.Domain.Meetings;

/// <summary>An edit made from a page or read older than the record: refused, never applied over the newer state.</summary>
public sealed class StaleEditException(int currentVersion)
    : Exception($"The meeting has changed since you read it (it is now at version {currentVersion}); read it again and redo your change.")
{
    public int CurrentVersion { get; } = currentVersion;
}
