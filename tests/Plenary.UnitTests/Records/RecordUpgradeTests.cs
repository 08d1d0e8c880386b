using System.Text.Json.Nodes;
using Plenary.Application.Records;
using Plenary.Domain.Agenda;
using Plenary.Domain.Bodies;
using static Plenary.UnitTests.Records.RecordFixtures;

namespace Plenary.UnitTests.Records;

/// <summary>A file of version 1 is read as version 2, meaning what it meant.</summary>
public sealed class RecordUpgradeTests
{
    [Fact]
    public void AFileOfVersion1_UpgradesToOneTheSchemaOfVersion2Accepts()
    {
        var upgraded = RecordUpgrade.FromVersion1(SmallVersion1Json);

        Assert.Equal(2, RecordUpgrade.VersionOf(upgraded));
        Assert.Empty(RecordSchema.Validate(upgraded));
    }

    [Fact]
    public void TheBureauPostsOfEachMeeting_BecomeTheBodysOfficers_WithWhoOpenedAndPresided()
    {
        var v1 = JsonNode.Parse(SmallVersion1Json)!.AsObject();
        var meeting = v1["meetings"]![0]!.AsObject();
        meeting["bureau"]!.AsArray().Add(new JsonObject { ["office"] = "viceChair", ["person"] = "Mr. B. Example", ["state"] = "Chile", ["presidedOnBehalfOfChair"] = true });
        v1["meetings"]![1]!["bureau"] = new JsonArray(new JsonObject { ["office"] = "chair", ["person"] = "Ms. A. Example", ["state"] = "Austria" });

        var built = Build(v1.ToJsonString());

        Assert.Equal([("Chair", "Ms. A. Example"), ("Vice-Chair", "Mr. B. Example")], built.Body.Officers.Select(o => (o.Title, o.Person)));
        var first = built.Meetings.Single(m => m.Number == 1);
        Assert.Equal(built.Body.Officers[0].Id, first.OpenedBy);
        Assert.Equal(built.Body.Officers[1].Id, first.PresidedBy);
        Assert.Equal(built.Body.Officers[0].Id, first.PresidedOnBehalfOf);
    }

    [Fact]
    public void AFileOfVersion1_DescribesAnExpertGroup_WhoseItemsTakeTheirRolesFromTheirTitles()
    {
        var built = Build(SmallVersion1Json);

        Assert.Equal(new BodyConventions(Convenes.Meetings, SittingNumbering.WithinConvening, ParticipantTerm.Experts, null, true, new SymbolPatterns()), built.Body.Conventions);
        var first = built.Meetings.Single(m => m.Number == 1);
        Assert.Equal([AgendaItemRole.Organizational, AgendaItemRole.Opening, AgendaItemRole.AdoptionOfAgenda, AgendaItemRole.Substantive, AgendaItemRole.AdoptionOfReport],
            first.AgendaInOrder.Select(i => i.Role));
        Assert.True(first.SummaryByChair);
        Assert.All(built.Body.Workplans, w => Assert.True(w.PreliminaryConclusions));
    }

    [Fact]
    public void TheUpgradedFile_AndTheSameRecordWrittenInVersion2_HaveOneNormalForm() =>
        Assert.Equal(NormalForm(RecordUpgrade.FromVersion1(SmallVersion1Json)), NormalForm(SmallVersion1Json));

    [Fact]
    public void AFileOfVersion2_IsLeftAsItIs() =>
        Assert.Same(SmallValidJson, RecordUpgrade.ToCurrent(SmallValidJson));
}
