namespace Plenary.Domain;

/// <summary>
/// A broken business rule. <see cref="Code"/> is stable (callers and tests match on it);
/// the message is written for the person who made the mistake.
/// </summary>
public sealed class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
