using Plenary.Domain.Bodies;
using Plenary.Domain.Editorial;
using Plenary.Domain.Meetings;

namespace Plenary.UnitTests.Editorial;

/// <summary>How a convening is named, kind by kind, for a body that holds meetings and one that holds sessions.</summary>
public sealed class ConveningsTests
{
    [Theory]
    [InlineData(ConveningKind.Regular, 7, null, "seventh meeting")]
    [InlineData(ConveningKind.Regular, 30, null, "thirtieth meeting")]
    [InlineData(ConveningKind.Special, 2, null, "second special meeting")]
    [InlineData(ConveningKind.Resumed, 6, null, "resumed sixth meeting")]
    [InlineData(ConveningKind.Reconvened, 6, null, "reconvened sixth meeting")]
    [InlineData(ConveningKind.Organizational, null, null, "organizational meeting")]
    [InlineData(ConveningKind.Intersessional, 1, null, "first intersessional meeting")]
    [InlineData(ConveningKind.InformalConsultation, 2, null, "second informal consultation")]
    public void ABodyThatHoldsMeetings_NamesEachKind(ConveningKind kind, int? ordinal, string? designation, string name) =>
        Assert.Equal(name, Convenings.Name(Convenes.Meetings, kind, ordinal, designation));

    [Theory]
    [InlineData(ConveningKind.Regular, 3, null, "third session")]
    [InlineData(ConveningKind.Regular, 30, null, "thirtieth session")]
    [InlineData(ConveningKind.Regular, 8, "concluding", "concluding session")]
    [InlineData(ConveningKind.Special, null, null, "special session")]
    [InlineData(ConveningKind.Special, 26, null, "twenty-sixth special session")]
    [InlineData(ConveningKind.Resumed, 30, null, "resumed thirtieth session")]
    [InlineData(ConveningKind.Reconvened, 8, "concluding", "reconvened concluding session")]
    [InlineData(ConveningKind.Organizational, null, null, "organizational session")]
    [InlineData(ConveningKind.Intersessional, 1, null, "first intersessional consultation")]
    [InlineData(ConveningKind.InformalConsultation, null, null, "informal consultation")]
    public void ABodyThatHoldsSessions_NamesEachKind(ConveningKind kind, int? ordinal, string? designation, string name) =>
        Assert.Equal(name, Convenings.Name(Convenes.Sessions, kind, ordinal, designation));

    [Fact]
    public void TheArticleAndTheHeading_FollowTheName()
    {
        Assert.Equal("the resumed thirtieth session", Convenings.The(Convenes.Sessions, ConveningKind.Resumed, 30, null));
        Assert.Equal("Third session", Convenings.Heading(Convenes.Sessions, ConveningKind.Regular, 3, null));
        Assert.Equal("Organizational session", Convenings.Heading(Convenes.Sessions, ConveningKind.Organizational, null, null));
    }

    [Fact]
    public void Sittings_AreMeetingsInAnExpertGroup_AndPlenaryMeetingsWhereTheBodyHoldsSessions()
    {
        Assert.Equal("meeting", Convenings.SittingNoun(Convenes.Meetings));
        Assert.Equal("plenary meeting", Convenings.SittingNoun(Convenes.Sessions));
        Assert.Equal("at its 71st and 72nd plenary meetings, on 29 and 30 August 2022",
            Sittings.AtItsMeetings([(71, new DateOnly(2022, 8, 29)), (72, new DateOnly(2022, 8, 30))], "plenary meeting"));
    }
}
