using Plenary.Domain.Decisions;
using Plenary.Domain.Participation;
using Plenary.Domain.Recommendations;
using static Plenary.UnitTests.Recommendations.RecommendationFixtures;
using static Plenary.UnitTests.Support.DomainAssert;

namespace Plenary.UnitTests.Recommendations;

/// <summary>
/// A comment round on the compilation: opened on the stocktaking convening with a deadline in a time zone and an audience;
/// comments from the audience only, before the deadline, on a compiled text or in general; each reviewed once.
/// </summary>
public sealed class CommentRoundTests
{
    private static readonly DateTimeOffset Opened = new(2020, 11, 16, 9, 0, 0, TimeSpan.Zero);
    private static readonly Deadline FifteenthOfJanuary = Deadline.Create(new(2021, 1, 15), new(18, 0), "Europe/Vienna");
    private static readonly string[] Items = ["2020/IC/1", "2020/ic/2", "2020/PR/1"];

    private static CommentRound Open(params CommentAudience[] audience)
    {
        var (body, _, seventh) = ExpertGroup();
        return CommentRound.Open(body, seventh, 1, "UNODC/CCPCJ/EG.9/2021/CRP.1", Items,
            audience.Length == 0 ? [CommentAudience.MemberStates, CommentAudience.Observers, CommentAudience.Stakeholders] : audience,
            FifteenthOfJanuary, Opened, "Secretariat");
    }

    private static Organization Ngo() => Organization.Add("Cyber Safety Network", null, ParticipantCategory.NonGovernmentalOrganization);

    [Fact]
    public void ARound_KeepsTheCompiledIdentifiers_AndItsDeadlineInItsTimeZone()
    {
        var round = Open();

        Assert.Equal(["2020/IC/1", "2020/IC/2", "2020/PR/1"], round.Items);
        Assert.Equal(new DateTimeOffset(2021, 1, 15, 17, 0, 0, TimeSpan.Zero), round.DeadlineAt);
        Assert.Equal("6 p.m. on 15 January 2021 (Vienna time)", round.Deadline.InWords);
    }

    [Fact]
    public void ARound_IsOpenedOnlyOnTheStocktakingConvening()
    {
        var (body, sixth, _) = ExpertGroup();

        Refused(() => CommentRound.Open(body, sixth, 1, "UNODC/CCPCJ/EG.9/2021/CRP.1", Items, [CommentAudience.MemberStates], FifteenthOfJanuary, Opened, "Secretariat"),
            "comment_round.meeting", "the sixth meeting is not one");
    }

    [Fact]
    public void ARound_NeedsAnAudience_AndADeadlineAfterItOpens()
    {
        var (body, _, seventh) = ExpertGroup();

        Refused(() => CommentRound.Open(body, seventh, 1, "UNODC/CCPCJ/EG.9/2021/CRP.1", Items, [], FifteenthOfJanuary, Opened, "Secretariat"),
            "comment_round.audience", "Choose who is invited to comment");
        Refused(() => CommentRound.Open(body, seventh, 1, "UNODC/CCPCJ/EG.9/2021/CRP.1", Items, [CommentAudience.MemberStates], FifteenthOfJanuary,
            new DateTimeOffset(2021, 1, 16, 8, 0, 0, TimeSpan.Zero), "Secretariat"), "comment_round.deadline", "must come after the round opens; it is now 9 a.m. on 16 January 2021 (Vienna time)");
    }

    [Fact]
    public void TheDeadline_NeedsADateATimeAndATimeZone_NamingEach()
    {
        Refused(() => CommentRound.DeadlineOf(null, new(18, 0), "Europe/Vienna"), "comment_round.deadline_date", "The date of the deadline is required");
        Refused(() => CommentRound.DeadlineOf(new(2021, 1, 15), null, "Europe/Vienna"), "comment_round.deadline_time", "The time of the deadline is required");
        Refused(() => CommentRound.DeadlineOf(new(2021, 1, 15), new(18, 0), "Vienna/Austria"), "comment_round.time_zone", "'Vienna/Austria' is not a time zone");
        Refused(() => CommentRound.AudienceOf(["Member States", "press"]), "comment_round.audience", "'press' is not an audience");
        Assert.Equal([CommentAudience.MemberStates, CommentAudience.Stakeholders], CommentRound.AudienceOf(["member states", "Other stakeholders"]));
    }

    [Fact]
    public void ACommentAfterTheDeadline_IsRefused_NamingTheDeadlineInUnStyle()
    {
        var round = Open();

        Refused(() => round.Receive(1, Commenter.ForState("BRA"), null, "Late.", null, "Ms. Delegate", new DateTimeOffset(2021, 1, 15, 17, 0, 0, TimeSpan.Zero)),
            "comment_round.closed", "The comment round on UNODC/CCPCJ/EG.9/2021/CRP.1 closed at 6 p.m. on 15 January 2021 (Vienna time); comments are no longer taken.");
        Assert.Equal(CommentStatus.Received,
            round.Receive(1, Commenter.ForState("BRA"), null, "Just in time.", null, "Ms. Delegate", new DateTimeOffset(2021, 1, 15, 16, 59, 0, TimeSpan.Zero)).Status);
    }

    [Fact]
    public void OnlyTheAudience_Comments_AndEachCommenterFallsInItsPart()
    {
        var round = Open(CommentAudience.MemberStates);

        Assert.Equal(CommentAudience.Observers, Commenter.ForState("VAT").Audience);
        Assert.Equal(CommentAudience.Stakeholders, Commenter.ForOrganization(Ngo()).Audience);
        Assert.Equal(CommentAudience.Observers, Commenter.ForOrganization(Organization.Add("Council of Europe", null, ParticipantCategory.IntergovernmentalOrganization)).Audience);
        Refused(() => round.Receive(1, Commenter.ForState("VAT"), null, "A comment.", null, "Mr. Observer", Opened.AddDays(1)),
            "comment.commenter", "This round invites comments from Member States; Holy See is an observer.");
        Refused(() => round.Receive(1, Commenter.ForOrganization(Ngo()), null, "A comment.", null, "Ms. Advocate", Opened.AddDays(1)),
            "comment.commenter", "Cyber Safety Network is a stakeholder");
    }

    [Fact]
    public void ACommentIsOnACompiledText_OrInGeneral()
    {
        var round = Open();

        Assert.Equal("2020/IC/2", round.Receive(1, Commenter.ForState("BRA"), "2020/ic/2", "On a text.", null, "Ms. Delegate", Opened.AddDays(1)).Item);
        Assert.Null(round.Receive(2, Commenter.ForState("BRA"), " ", "In general.", null, "Ms. Delegate", Opened.AddDays(1)).Item);
        Refused(() => round.Receive(3, Commenter.ForState("BRA"), "2019/LEI/4", "On another.", null, "Ms. Delegate", Opened.AddDays(1)),
            "comment.item", "2019/LEI/4 is not among the texts of UNODC/CCPCJ/EG.9/2021/CRP.1");
        Refused(() => round.Receive(3, Commenter.ForState("BRA"), "IC-2", "On another.", null, "Ms. Delegate", Opened.AddDays(1)),
            "comment.item", "'IC-2' is not the identifier of a preliminary text");
        Refused(() => round.Receive(3, Commenter.ForState("BRA"), null, "  ", null, "Ms. Delegate", Opened.AddDays(1)), "comment.text", "The comment is required.");
    }

    [Fact]
    public void AComment_IsReviewedOnce_AndADeclineNeedsAReason()
    {
        var round = Open();
        var posted = round.Receive(1, Commenter.ForState("BRA"), null, "Posted.", null, "Ms. Delegate", Opened.AddDays(1));
        var declined = round.Receive(2, Commenter.ForState("CHL"), null, "Declined.", null, "Mr. Delegate", Opened.AddDays(1));

        posted.Post("Secretariat", Opened.AddDays(2));
        Refused(() => declined.Decline(" ", "Secretariat", Opened.AddDays(2)), "comment.reason", "The reason for declining the comment is required.");
        declined.Decline("It concerns another matter.", "Secretariat", Opened.AddDays(2));

        Assert.Equal((CommentStatus.Posted, CommentStatus.Declined), (posted.Status, declined.Status));
        Refused(() => posted.Decline("Too late.", "Secretariat", Opened.AddDays(3)), "comment.reviewed", "Comment 1 was already posted online.");
        Refused(() => declined.Post("Secretariat", Opened.AddDays(3)), "comment.reviewed", "Comment 2 was already declined.");
    }

    [Fact]
    public void AnAttachment_IsAPdfOrDocxByItsContent_WithinTheLimit()
    {
        var pdf = "%PDF-1.7\n%%EOF"u8.ToArray();

        var file = CommentFile.Check("views.pdf", pdf, 1024);

        Assert.Equal(("views.pdf", "application/pdf", pdf.LongLength), (file.Name, file.ContentType, file.Size));
        Refused(() => CommentFile.Check("views.pdf", "<html>not a pdf</html>"u8.ToArray(), 1024), "file.content", "is named .pdf but its content is not a PDF file");
        Refused(() => CommentFile.Check("views.exe", pdf, 1024), "file.type", "only .pdf and .docx files are accepted");
        Refused(() => CommentFile.Check("views.pdf", pdf, 8), "file.too_large", "the largest file accepted is 8 bytes");
    }

    [Fact]
    public void ABodyThatHoldsSessions_SpeaksOfTheStocktakingSession()
    {
        var (body, second) = Committee();
        second.Describe([], null, null, isStocktaking: false);

        Refused(() => CommentRound.Open(body, second, 1, "A/AC.990/2024/CRP.1", [], [CommentAudience.MemberStates], FifteenthOfJanuary, Opened, "Secretariat"),
            "comment_round.meeting", "the stocktaking session; the second session is not one");
    }

    [Theory]
    [InlineData("Europe/Vienna", "Vienna time")]
    [InlineData("America/New_York", "New York time")]
    [InlineData("UTC", "UTC")]
    [InlineData("Etc/GMT+5", "UTC")]
    public void TimeZones_AreNamedByTheirCity(string zone, string expected) => Assert.Equal(expected, TimeZones.LocalTime(zone));
    [Fact]
    public void TheDeadline_IsExtendedToALaterOne_KeepingTheFirst_AndCommentsAreTakenUntilTheNewOne()
    {
        var round = Open();
        var extendedOn = new DateTimeOffset(2021, 1, 14, 10, 0, 0, TimeSpan.Zero);

        round.Extend(new DateOnly(2021, 1, 22), new TimeOnly(18, 0), "Secretariat", extendedOn);

        Assert.Equal("6 p.m. on 22 January 2021 (Vienna time)", round.Deadline.InWords);
        Assert.Equal("6 p.m. on 15 January 2021 (Vienna time)", round.OriginalDeadline!.InWords);
        Assert.Equal(1, round.Extensions);
        Assert.Equal(extendedOn, round.ExtendedAt);
        var afterTheFirstDeadline = new DateTimeOffset(2021, 1, 20, 9, 0, 0, TimeSpan.Zero);
        Assert.True(round.IsOpenAt(afterTheFirstDeadline));
        Assert.Equal(1, round.Receive(1, Commenter.ForState("ZAF"), null, "A comment after the first deadline.", null, "delegate", afterTheFirstDeadline).Number);
        round.Extend(new DateOnly(2021, 1, 29), new TimeOnly(12, 0), "Secretariat", afterTheFirstDeadline);
        Assert.Equal(2, round.Extensions);
        Assert.Equal("6 p.m. on 15 January 2021 (Vienna time)", round.OriginalDeadline!.InWords);
    }

    [Fact]
    public void TheDeadline_IsNeverBroughtForward_NorExtendedOnceTheRoundClosed()
    {
        var round = Open();

        Refused(() => round.Extend(new DateOnly(2021, 1, 10), new TimeOnly(18, 0), "Secretariat", Opened),
            "comment_round.deadline", "The new deadline (6 p.m. on 10 January 2021 (Vienna time)) must come after the current one (6 p.m. on 15 January 2021 (Vienna time)); a deadline is extended, never brought forward.");
        Refused(() => round.Extend(new DateOnly(2021, 1, 15), new TimeOnly(18, 0), "Secretariat", Opened), "comment_round.deadline", "must come after the current one");
        Refused(() => round.Extend(null, new TimeOnly(18, 0), "Secretariat", Opened), "comment_round.deadline_date", "The date of the deadline is required");
        Refused(() => round.Extend(new DateOnly(2021, 2, 1), new TimeOnly(18, 0), "Secretariat", new DateTimeOffset(2021, 1, 16, 9, 0, 0, TimeSpan.Zero)),
            "comment_round.closed", "closed at 6 p.m. on 15 January 2021 (Vienna time); its deadline cannot be extended. To take more comments, open a new round.");
        Assert.Equal(0, round.Extensions);
        Assert.Null(round.OriginalDeadline);
    }

    [Fact]
    public void AWithdrawnRound_TakesNoComment_AndIsNeitherExtendedNorWithdrawnAgain()
    {
        var round = Open();
        var withdrawnOn = new DateTimeOffset(2020, 12, 1, 9, 0, 0, TimeSpan.Zero);

        round.Withdraw("The compilation is to be reissued.", "Secretariat", withdrawnOn);

        Assert.True(round.IsWithdrawn);
        Assert.False(round.IsOpenAt(withdrawnOn.AddDays(1)));
        Refused(() => round.Receive(1, Commenter.ForState("ZAF"), null, "Late.", null, "delegate", withdrawnOn.AddDays(1)),
            "comment_round.withdrawn", "The comment round on UNODC/CCPCJ/EG.9/2021/CRP.1 was withdrawn on 1 December 2020; comments are no longer taken.");
        Refused(() => round.Extend(new DateOnly(2021, 2, 1), new TimeOnly(18, 0), "Secretariat", withdrawnOn.AddDays(1)),
            "comment_round.withdrawn", "was withdrawn on 1 December 2020; its deadline cannot be extended.");
        Refused(() => round.Withdraw(null, "Secretariat", withdrawnOn.AddDays(1)), "comment_round.withdrawn", "The comment round on UNODC/CCPCJ/EG.9/2021/CRP.1 was already withdrawn on 1 December 2020.");
    }

    [Fact]
    public void AClosedRound_IsNotWithdrawn()
    {
        var round = Open();

        Refused(() => round.Withdraw(null, "Secretariat", new DateTimeOffset(2021, 1, 16, 9, 0, 0, TimeSpan.Zero)), "comment_round.closed",
            "closed at 6 p.m. on 15 January 2021 (Vienna time); a closed round is not withdrawn, and the comments it took stand.");
        Assert.False(round.IsWithdrawn);
    }
}
