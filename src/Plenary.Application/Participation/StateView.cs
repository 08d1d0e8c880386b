using Plenary.Domain.Participation;

namespace Plenary.Application.Participation;

/// <summary>A State of the register as the API shows it (<see cref="StateRegister"/>).</summary>
/// <param name="ShortName">The name to show: "Iran (Islamic Republic of)".</param>
/// <param name="NameInText">The short name as a sentence uses it: "the Russian Federation".</param>
/// <param name="RegionalGroup">Null for a State in no group (the Holy See).</param>
/// <param name="Order">Its place in the United Nations alphabetical order.</param>
public sealed record StateView(string Code, string ShortName, string FormalName, string NameInText, StateStatus Status,
    RegionalGroup? RegionalGroup, string? RegionalGroupName, int Order)
{
    public static StateView Of(State s) =>
        new(s.Code, s.ShortName, s.FormalName, s.NameInText, s.Status, s.Group, s.Group is { } g ? RegionalGroups.Name(g) : null, s.Order);
}
