using System.Text.Json;
using System.Text.Json.Nodes;
using Plenary.Application.Records;
using static Plenary.UnitTests.Records.RecordFixtures;

namespace Plenary.UnitTests.Records;

public sealed class RecordSchemaTests
{
    [Fact]
    public void DemoFile_PassesTheSchema() =>
        Assert.Empty(RecordSchema.Validate(DemoJson));

    [Fact]
    public void SmallValidRecord_PassesTheSchema() =>
        Assert.Empty(RecordSchema.Validate(SmallValidJson));

    [Fact]
    public void EmbeddedSchema_IsTheOneInTheDocsFolder() =>
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "record-format.schema.json")), RecordSchema.Text);

    [Fact]
    public void BrokenFile_ReportsEverySchemaMistakeAtOnce_EachAtItsPath()
    {
        var errors = RecordSchema.Validate(BrokenJsonWithBadDate);

        Assert.Equal(
        [
            new RecordError("$.documents[0].issuedOn", "must be a date, yyyy-MM-dd."),
            new RecordError("$.meetings[0].colour", "is not a field of the record format (check its spelling against docs/record-format.md)."),
        ], errors);
    }

    [Fact]
    public void BrokenFile_WithADateInTheWrongForm_CannotBeDeserialised_SoTheSchemaMustCatchIt()
    {
        var e = Assert.Throws<JsonException>(() => RecordJson.Deserialize(BrokenJsonWithBadDate));

        Assert.Equal("$.documents[0].issuedOn", e.Path);
    }

    [Fact]
    public void MissingRequiredFields_AreEachReported()
    {
        var json = Edited(root =>
        {
            root.Remove("formatVersion");
            root["body"]!.AsObject().Remove("slug");
            root["meetings"]![1]!.AsObject().Remove("venue");
        });

        var errors = RecordSchema.Validate(json);

        Assert.Equal(["$.body.slug", "$.formatVersion", "$.meetings[1].venue"], errors.Select(e => e.Path));
        Assert.All(errors, e => Assert.Equal("is required.", e.Message));
    }

    [Fact]
    public void PatternsAndLimits_AreReportedInPlainWords()
    {
        var json = Edited(root =>
        {
            root["body"]!["slug"] = "EG Test";
            root["body"]!["fullName"] = "";
            root["meetings"]![0]!["plenaryMeetings"]![0]!["startsAt"] = "9:00";
            root["meetings"]![0]!["number"] = 1000;
            root["meetings"]![0]!["agenda"]!["items"]![0]!["subItems"]![0]!["letter"] = "A";
        });

        var errors = RecordSchema.Validate(json);

        Assert.Equal(
        [
            new RecordError("$.body.fullName", "must not be empty."),
            new RecordError("$.body.slug", "must be a slug: lowercase letters, digits and single hyphens, starting with a letter (for example eg-cybercrime)."),
            new RecordError("$.meetings[0].agenda.items[0].subItems[0].letter", "must be a lowercase letter, a to z."),
            new RecordError("$.meetings[0].number", "must be at most 999."),
            new RecordError("$.meetings[0].plenaryMeetings[0].startsAt", "must be a time of day, HH:mm (24-hour)."),
        ], errors);
    }

    [Fact]
    public void WrongTypes_AreNamed()
    {
        var json = Edited(root =>
        {
            root["formatVersion"] = "2";
            root["meetings"]![0]!["stocktaking"] = "yes";
            root["meetings"]![0]!["topics"] = "cooperation";
        });

        var errors = RecordSchema.Validate(json);

        Assert.Equal(
        [
            new RecordError("$.formatVersion", "must be 1 or 2: this Plenary reads versions 1 and 2 of the record format, and export writes version 2."),
            new RecordError("$.meetings[0].stocktaking", "must be true or false."),
            new RecordError("$.meetings[0].topics", "must be a list ([ ... ])."),
        ], errors);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void FormatVersionOtherThanOneOrTwo_IsRefused(int version)
    {
        var error = Assert.Single(RecordSchema.Validate(Edited(root => root["formatVersion"] = version)));

        Assert.Equal(new RecordError("$.formatVersion", "must be 1 or 2: this Plenary reads versions 1 and 2 of the record format, and export writes version 2."), error);
    }

    [Fact]
    public void AFileOfVersion1_IsCheckedAgainstTheSchemaOfVersion1() =>
        Assert.Empty(RecordSchema.Validate(SmallVersion1Json));

    [Fact]
    public void AFileOfVersion1_WithAFieldOfVersion2_IsRefusedNamingIt()
    {
        var json = JsonNode.Parse(SmallVersion1Json)!.AsObject();
        json["meetings"]![0]!["kind"] = "regular";

        var error = Assert.Single(RecordSchema.Validate(json.ToJsonString()));

        Assert.Equal("$.meetings[0].kind", error.Path);
    }

    [Fact]
    public void InvalidJson_GivesOneErrorAtTheRootNamingTheLine()
    {
        const string json = "{\n  \"formatVersion\": 1,\n  \"body\": { \"slug\": }\n}";

        var error = Assert.Single(RecordSchema.Validate(json));

        Assert.Equal("$", error.Path);
        Assert.StartsWith("The file is not valid JSON:", error.Message, StringComparison.Ordinal);
        Assert.Contains("(line 3, position", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoJsonValuesInOneFile_GiveOneErrorAtTheRoot()
    {
        var error = Assert.Single(RecordSchema.Validate("{ \"formatVersion\": 1 }\n{ }"));

        Assert.Equal("$", error.Path);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSchema_DoesNotSeeDomainMistakes()
    {
        // An end before the start, an agenda gap and a repeated meeting number are for the builder to find.
        var json = Edited(root =>
        {
            root["meetings"]![1]!["endDate"] = "2022-05-01";
            root["meetings"]![0]!["agenda"]!["items"]![2]!["number"] = 4;
            root["meetings"]!.AsArray().Add(new JsonObject { ["number"] = 1, ["venue"] = "Geneva", ["startDate"] = "2023-01-09", ["endDate"] = "2023-01-10" });
        });

        Assert.Empty(RecordSchema.Validate(json));
    }
}
