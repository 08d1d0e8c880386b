using System.Text.Json.Nodes;
using Plenary.Application.Records;
using Plenary.Domain.Decisions;

namespace Plenary.UnitTests.Records;

/// <summary>The record format carries the concluded silence procedures, built through the domain's rules.</summary>
public sealed class SilenceProcedureRecordTests
{
    private static string WithProcedures(params JsonObject[] procedures)
    {
        var root = JsonNode.Parse(RecordFixtures.DemoJson)!.AsObject();
        var list = root["silenceProcedures"]!.AsArray();
        foreach (var p in procedures) list.Add(p);
        return root.ToJsonString();
    }

    private static JsonObject Broken(int number, string outcome, string responseAt = "2020-11-18T09:00:00+00:00") => new()
    {
        ["number"] = number, ["subject"] = "conveningDates", ["meeting"] = 7, ["title"] = "Dates of the seventh meeting",
        ["decisionText"] = "The extended Bureau approves the dates.", ["proposedStartDate"] = "2021-03-02", ["proposedEndDate"] = "2021-03-04",
        ["deadline"] = new JsonObject { ["date"] = "2020-11-20", ["time"] = "12:00", ["timeZone"] = "Europe/Vienna" },
        ["circulatedAt"] = "2020-11-16T08:00:00+00:00", ["outcome"] = outcome,
        ["responses"] = new JsonArray(new JsonObject { ["at"] = responseAt, ["by"] = "Chair of the Group of Latin American and Caribbean States", ["kind"] = "amendment", ["text"] = "Hold it in April." }),
    };

    private static IReadOnlyList<RecordError> Errors(string json)
    {
        var builder = new RecordBuilder();
        builder.Build(RecordJson.Deserialize(json));
        return builder.Errors;
    }

    [Fact]
    public void TheDemo_HoldsTheSixApprovalsTheSeedsNarrate_EachAdoptedOnItsDate()
    {
        var built = RecordFixtures.Build(RecordFixtures.DemoJson);

        Assert.Equal(
            [(6, new DateOnly(2019, 11, 11)), (6, new DateOnly(2019, 12, 18)), (6, new DateOnly(2020, 4, 15)), (6, new DateOnly(2020, 6, 22)), (7, new DateOnly(2020, 11, 23)), (7, new DateOnly(2020, 12, 14))],
            built.Procedures.Select(p => (p.MeetingNumber!.Value, p.OutcomeOn!.Value)));
        Assert.All(built.Procedures, p => Assert.Equal(ProcedureStatus.Adopted, p.Status));
    }

    [Fact]
    public void ABrokenProcedureAndItsRevision_GoThroughTheNormalFormUnchanged()
    {
        var revision = Broken(8, "adopted");
        revision["responses"] = new JsonArray();
        revision["revises"] = 7;
        var json = WithProcedures(Broken(7, "notAdopted"), revision);

        var built = RecordFixtures.Build(json);
        var normal = RecordFixtures.NormalForm(json);

        Assert.Equal(7, built.Procedures.Single(p => p.Number == 8).RevisesNumber);
        Assert.Equal(normal, RecordFixtures.NormalForm(normal));
        Assert.Contains("\"outcome\": \"notAdopted\"", normal);
    }

    [Fact]
    public void AnOutcomeTheResponsesContradict_IsRefusedAtTheProcedure()
    {
        var errors = Errors(WithProcedures(Broken(7, "adopted")));

        var error = Assert.Single(errors);
        Assert.Equal("$.silenceProcedures[6]", error.Path);
        Assert.Equal("The record says silence procedure 7 was adopted, but its responses make it not adopted: silence was broken before the deadline, and time alone decides the outcome.", error.Message);
    }

    [Fact]
    public void AResponseAfterTheDeadline_IsRefused()
    {
        var errors = Errors(WithProcedures(Broken(7, "notAdopted", responseAt: "2020-11-20T11:00:00+00:00")));

        Assert.Contains(errors, e => e.Path == "$.silenceProcedures[6]" && e.Message.Contains("after the deadline"));
    }

    [Fact]
    public void ARevisionOfAProcedureThatWasNotBroken_IsRefusedAtRevises()
    {
        var revision = Broken(7, "adopted");
        revision["responses"] = new JsonArray();
        revision["revises"] = 5;

        var errors = Errors(WithProcedures(revision));

        Assert.Contains(errors, e => e.Path == "$.silenceProcedures[6].revises" && e.Message.Contains("was not broken"));
    }
}
