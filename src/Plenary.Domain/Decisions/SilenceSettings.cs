namespace Plenary.Domain.Decisions;

/// <summary>
/// A body's rules for its silence procedures: the least time between circulation and deadline (72
/// hours unless the body decides otherwise) and the time zone and time of day a new deadline is
/// proposed in (the secretariat's seat: "Europe/Vienna", noon).
/// </summary>
public sealed class SilenceSettings : IVersioned
{
    public const int MinHours = 1;
    public const int MaxHours = 24 * 60;

    public Guid Id { get; private set; }
    public Guid BodyId { get; private set; }
    public int MinimumNoticeHours { get; private set; } = 72;
    public string DefaultTimeZone { get; private set; } = "UTC";
    public TimeOnly DefaultTime { get; private set; } = new(12, 0);
    public int Version { get; private set; } = 1;
    int IVersioned.EditVersion => Version;

    public TimeSpan MinimumNotice => TimeSpan.FromHours(MinimumNoticeHours);

    private SilenceSettings() { }

    /// <summary>The rules of a body that has set none: 72 hours, noon in the time zone given (UTC without one).</summary>
    public static SilenceSettings Default(Guid bodyId, string? timeZone = null) =>
        new() { Id = Guid.CreateVersion7(), BodyId = bodyId, DefaultTimeZone = TimeZones.Find(timeZone)?.Id ?? "UTC" };

    public void Change(int minimumNoticeHours, string? defaultTimeZone, TimeOnly defaultTime)
    {
        if (minimumNoticeHours is < MinHours or > MaxHours)
            throw new DomainException("silence_settings.minimum_notice",
                $"The least time between circulation and deadline is given in hours, from {MinHours} to {MaxHours} (60 days); {minimumNoticeHours} is outside that range.");
        var zone = TimeZones.Require(defaultTimeZone, "silence_settings.time_zone");
        (MinimumNoticeHours, DefaultTimeZone, DefaultTime) = (minimumNoticeHours, zone.Id, new TimeOnly(defaultTime.Hour, defaultTime.Minute));
    }

    public void BeginEdit(int expectedVersion)
    {
        if (expectedVersion != Version) throw new StaleEditException(Version);
        Version++;
    }
}
