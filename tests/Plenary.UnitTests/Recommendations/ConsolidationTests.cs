using Plenary.Domain;
using Plenary.Domain.Recommendations;

namespace Plenary.UnitTests.Recommendations;

public sealed class ConsolidationTests
{
    private static readonly DateTimeOffset At = new(2021, 4, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly SourceText A = new("2018/LF/1", "Legislation and frameworks", TextKind.Recommendation, "States should review their legislation on cybercrime.");
    private static readonly SourceText B = new("2019/LEI/2", "Law enforcement and investigations", TextKind.Recommendation, "Member States should keep their legislation on cybercrime under review.");
    private static readonly SourceText C = new("2020/IC/1", "International cooperation", TextKind.Conclusion, "Cooperation depends on trust between central authorities.");
    private static readonly SourceText D = new("2020/PR/4", "Prevention", TextKind.Recommendation, "States should run awareness campaigns.");
    private static readonly IReadOnlyList<SourceText> Period = [A, B, C, D];

    private static Consolidation Open()
    {
        var (body, _, seventh) = RecommendationFixtures.ExpertGroup();
        return Consolidation.Open(body.Id, seventh);
    }

    private static string Code(Action act) => Assert.Throws<DomainException>(act).Code;

    [Fact]
    public void OnlyTheStocktakingConvening_HasAConsolidation()
    {
        var (body, sixth, _) = RecommendationFixtures.ExpertGroup();
        Assert.Equal("consolidation.stocktaking", Assert.Throws<DomainException>(() => Consolidation.Open(body.Id, sixth)).Code);
    }

    [Fact]
    public void TwoSources_MakeOneText_AndBothAreMergedIntoIt()
    {
        var c = Open();
        var text = c.Consolidate([A, B], null, null, "Member States should review their legislation on cybercrime regularly.", At, "Rapporteur");

        Assert.Equal(1, text.Number);
        Assert.Equal("Legislation and frameworks", text.Topic);
        Assert.Equal(ConsolidatedState.UnderNegotiation, text.State);
        Assert.All(c.Dispositions(Period), d => Assert.Equal(DispositionKind.MergedInto, d.Kind));
        Assert.Equal(2, c.Dispositions(Period).Count);
        Assert.Equal(1, c.DispositionOf(A)!.Into);
    }

    [Fact]
    public void SeveralSources_WithoutWording_AreRefused_NamingThem()
    {
        var e = Assert.Throws<DomainException>(() => Open().Consolidate([A, B], null, null, " ", At, null));
        Assert.Equal("consolidated.text", e.Code);
        Assert.Contains("2018/LF/1 and 2019/LEI/2", e.Message);
    }

    [Fact]
    public void OneSource_IsRetainedAsIs_UntilItsWordingChanges_ThenAsAmended()
    {
        var c = Open();
        c.Consolidate([C], null, null, null, At, null);
        Assert.Equal(DispositionKind.RetainedAsIs, c.DispositionOf(C)!.Kind);

        c.Amend(1, "Cooperation depends on trust between central authorities and on timely replies.", "as proposed in the room", At.AddHours(1), "Rapporteur");

        Assert.Equal(DispositionKind.RetainedAsAmended, c.DispositionOf(C)!.Kind);
        Assert.Equal(2, c.Texts[0].Versions.Count);
        Assert.Equal(C.Text, c.Texts[0].Versions[0].Text);
    }

    [Fact]
    public void ASourceAlreadyInAText_CannotGoIntoAnother()
    {
        var c = Open();
        c.Consolidate([C], null, null, null, At, null);
        var e = Assert.Throws<DomainException>(() => c.Consolidate([C, D], null, null, "Both.", At, null));
        Assert.Contains("2020/IC/1 is already a source of consolidated text 1", e.Message);
    }

    [Fact]
    public void OnlyATextUnderNegotiation_IsAmended_AndTheSameWordingIsRefused()
    {
        var c = Open();
        c.Consolidate([C], null, null, null, At, null);
        Assert.Equal("consolidated.text", Code(() => c.Amend(1, C.Text, null, At, null)));
        c.ChangeState(1, ConsolidatedState.AgreedAdReferendum, At);
        var e = Assert.Throws<DomainException>(() => c.Amend(1, "Other words.", null, At, null));
        Assert.Equal("consolidated.state", e.Code);
        Assert.Contains("agreed ad referendum", e.Message);
    }

    [Fact]
    public void States_FollowTheNegotiation_AndAnAdoptedTextStaysAdopted()
    {
        var c = Open();
        c.Consolidate([C], null, null, null, At, null);
        Assert.Equal("consolidated.state", Code(() => c.ChangeState(1, ConsolidatedState.Adopted, At)));
        c.ChangeState(1, ConsolidatedState.AgreedAdReferendum, At);
        c.ChangeState(1, ConsolidatedState.UnderNegotiation, At);
        c.ChangeState(1, ConsolidatedState.AgreedAdReferendum, At);
        c.ChangeState(1, ConsolidatedState.Adopted, At);
        var e = Assert.Throws<DomainException>(() => c.ChangeState(1, ConsolidatedState.UnderNegotiation, At));
        Assert.Contains("is adopted and cannot become under negotiation", e.Message);
    }

    [Fact]
    public void AnUnknownText_IsNotFound()
    {
        Assert.Equal("consolidated.unknown", Code(() => Open().Amend(9, "x", null, At, null)));
    }

    [Fact]
    public void NotRetainedAndDeferred_AreRecordedDirectly_OtherDispositionsAreNot()
    {
        var c = Open();
        c.Decide(D, DispositionKind.NotRetained, "covered by the 2018 text");
        Assert.Equal(DispositionKind.NotRetained, c.DispositionOf(D)!.Kind);
        Assert.Equal("disposition.kind", Code(() => c.Decide(A, DispositionKind.MergedInto, null)));
        Assert.Equal("consolidated.sources", Code(() => c.Consolidate([D], null, null, null, At, null)));
        c.Withdraw(D.Identifier);
        Assert.Null(c.DispositionOf(D));
    }

    [Fact]
    public void TheList_IsNotFinalised_WhileTextsLackADisposition_AndTheRefusalListsThem()
    {
        var c = Open();
        c.Consolidate([A, B], null, null, "Merged.", At, null);

        var e = Assert.Throws<DomainException>(() => c.Finalise(Period, At));

        Assert.Equal("consolidation.dispositions", e.Code);
        Assert.Contains("two preliminary texts have no disposition: 2020/IC/1 and 2020/PR/4", e.Message);
        Assert.False(c.IsFinalised);
    }

    [Fact]
    public void TheList_IsNotFinalised_WhileATextIsStillNegotiated_ThenNothingChanges()
    {
        var c = Open();
        c.Consolidate([A, B], null, null, "Merged.", At, null);
        c.Consolidate([C], null, null, null, At, null);
        c.Decide(D, DispositionKind.Deferred, null);
        Assert.Equal("consolidation.open", Code(() => c.Finalise(Period, At)));
        c.ChangeState(1, ConsolidatedState.AgreedAdReferendum, At);
        c.ChangeState(1, ConsolidatedState.Adopted, At);
        c.ChangeState(2, ConsolidatedState.NotAdopted, At);

        c.Finalise(Period, At);

        Assert.True(c.IsFinalised);
        var e = Assert.Throws<DomainException>(() => c.Decide(D, DispositionKind.NotRetained, null));
        Assert.Equal("consolidation.finalised", e.Code);
        Assert.Contains("7 April 2021", e.Message);
    }

    [Fact]
    public void ASnapshot_HoldsTheAgreedTexts_AsTheyStood_UnderItsStatus()
    {
        var c = Open();
        c.Consolidate([A, B], null, null, "Merged.", At, null);
        c.Consolidate([C], null, null, null, At, null);
        Assert.Equal("snapshot.agreed", Code(() => c.Publish(new(2021, 4, 7), new(18, 0), At, null)));
        c.ChangeState(2, ConsolidatedState.AgreedAdReferendum, At);

        var s = c.Publish(new(2021, 4, 7), new(18, 0), At, "Secretariat");

        Assert.Equal("Status: 7 April 2021, 6 p.m.", s.Heading);
        Assert.Equal(2, Assert.Single(s.Texts).Number);
        var later = Assert.Throws<DomainException>(() => c.Publish(new(2021, 4, 7), new(17, 0), At, null));
        Assert.Equal("snapshot.status", later.Code);
        Assert.Contains("7 April 2021, 6 p.m.", later.Message);
    }

    [Fact]
    public void ARestoredSnapshot_KeepsItsTextsAsPublished_AndRefusesAnUnagreedText_AWrongNumberAndAnEarlierStatus()
    {
        var c = Open();
        c.Consolidate([C], null, null, null, At, null);
        PublishedText agreed = new(1, "International cooperation", TextKind.Conclusion, ConsolidatedState.AgreedAdReferendum, "Cooperation depends on trust.");

        var s = c.RestoreSnapshot(1, new(2021, 4, 7), new(18, 0), At, "Secretariat", [agreed]);

        Assert.Equal("Cooperation depends on trust.", Assert.Single(s.Texts).Text);
        Assert.Equal("snapshot.number", Code(() => c.RestoreSnapshot(3, new(2021, 4, 8), new(10, 0), At, null, [agreed])));
        Assert.Equal("snapshot.agreed", Code(() => c.RestoreSnapshot(2, new(2021, 4, 8), new(10, 0), At, null,
            [agreed with { State = ConsolidatedState.UnderNegotiation }])));
        Assert.Equal("snapshot.agreed", Code(() => c.RestoreSnapshot(2, new(2021, 4, 8), new(10, 0), At, null, [agreed with { Number = 9 }])));
        Assert.Equal("snapshot.status", Code(() => c.RestoreSnapshot(2, new(2021, 4, 7), new(12, 0), At, null, [agreed])));
    }

    [Fact]
    public void ASource_IsTakenOut_OfATextOfSeveral_ButNotTheLastOne()
    {
        var c = Open();
        c.Consolidate([A, B], null, null, "Merged.", At, null);
        c.RemoveSource(1, B.Identifier);
        Assert.Null(c.DispositionOf(B));
        Assert.Equal("consolidated.sources", Code(() => c.RemoveSource(1, A.Identifier)));
    }

    [Fact]
    public void AnIgnoredProposal_IsKeptByItsMembers_InAnyOrder()
    {
        var c = Open();
        c.Ignore(["2020/IC/1", "2018/LF/1"]);
        c.Ignore(["2018/LF/1", "2020/IC/1"]);
        Assert.Equal(["2018/LF/1 2020/IC/1"], c.IgnoredProposals);
        Assert.Equal("proposal.members", Code(() => c.Ignore(["2018/LF/1"])));
    }
}
