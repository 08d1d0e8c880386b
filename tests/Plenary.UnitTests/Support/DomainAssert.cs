using Plenary.Domain;

namespace Plenary.UnitTests.Support;

/// <summary>Asserts that an action breaks a business rule with a given code and message.</summary>
internal static class DomainAssert
{
    public static DomainException Refused(Action action, string code, string messageFragment)
    {
        var e = Assert.Throws<DomainException>(action);
        Assert.Equal(code, e.Code);
        Assert.Contains(messageFragment, e.Message, StringComparison.Ordinal);
        return e;
    }
}
