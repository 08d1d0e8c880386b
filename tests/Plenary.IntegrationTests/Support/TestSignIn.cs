using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Plenary.IntegrationTests.Support;

/// <summary>Signing a test client in as a person would: the form, its antiforgery token, the cookie.</summary>
public static class TestSignIn
{
    /// <summary>The demo accounts' password in the tests (Plenary:DemoPassword); a real demo start generates one.</summary>
    public const string DemoPassword = "tests sign in with this passphrase";

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password = DemoPassword)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/account/sign-in"));
        return await client.PostAsync("/account/sign-in", page.FormWith(new() { ["Email"] = email, ["Password"] = password }));
    }

    /// <summary>The fields, plus the antiforgery token of the first form on the page.</summary>
    public static FormUrlEncodedContent FormWith(this IHtmlDocument page, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return new FormUrlEncodedContent(fields);
    }
}
