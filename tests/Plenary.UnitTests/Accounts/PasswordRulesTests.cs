using Plenary.Application.Accounts;
using Plenary.Domain.Accounts;

namespace Plenary.UnitTests.Accounts;

/// <summary>Passwords are refused when they are among the commonest, repetitive, sequential or built on the site's name or the email (NIST SP 800-63B).</summary>
public sealed class PasswordRulesTests
{
    private static string? Refusal(string password, string email = "jane.doe@example.org") =>
        PasswordRules.Check(password, CommonPasswords.Contains, [email])?.Message;

    [Theory]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("passwordpassword")]
    [InlineData("abcabcabcabc")]
    [InlineData("121212121212")]
    [InlineData("aaaaaabbbbbb")]
    public void RepetitivePasswords_AreRefused(string password) =>
        Assert.Contains("repeats", Refusal(password));

    [Theory]
    [InlineData("123456789012")]
    [InlineData("abcdefghijklm")]
    [InlineData("qwertyuiopasdf")]
    [InlineData("987654321098")]
    [InlineData("ZYXWVUTSRQPO")]
    public void SequentialPasswords_AreRefused(string password) =>
        Assert.Contains("sequence", Refusal(password));

    [Theory]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("password1234")]
    [InlineData("iloveyou2024!")]
    [InlineData("Sunshine123456")]
    [InlineData("!!football!!")]
    public void CommonPasswords_AndThemWithDigitsOrSignsAround_AreRefused(string password) =>
        Assert.Contains("most common", Refusal(password));

    [Theory]
    [InlineData("plenary-2026!")]
    [InlineData("Plenary123456")]
    [InlineData("jane.doe.1234")]
    public void PasswordsBuiltOnTheSiteOrTheEmail_AreRefused(string password) =>
        Assert.Contains("name of the site", Refusal(password));

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("k7mqd-x3p9w-2hbtn-qa4zr")]
    [InlineData("Vienna in April, seventh meeting")]
    [InlineData("tests sign in with this passphrase")]
    public void GoodPasswords_Pass(string password) => Assert.Null(Refusal(password));

    [Fact]
    public void APasswordLongerThanTheLimit_IsRefused() =>
        Assert.Contains($"at most {PasswordRules.MaximumLength}", Refusal(new string('x', 100) + string.Concat(Enumerable.Range(0, 60).Select(i => (char)('a' + i % 26) + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))));

    [Fact]
    public void TheListOfCommonPasswords_IsShippedWithTensOfThousandsOfEntries()
    {
        Assert.True(CommonPasswords.Count > 40_000);
        Assert.True(CommonPasswords.Contains("trustno1"));
        Assert.True(CommonPasswords.Contains("TRUSTNO1"));
        Assert.False(CommonPasswords.Contains("k7mqd-x3p9w-2hbtn-qa4zr"));
    }
}
