using System.Text.Json.Nodes;

namespace Plenary.Application.Records;

/// <summary>
/// Reads a record file of version 1 as version 2 (docs/record-format.md, "Upgrading a file of version 1").
/// Version 1 knew one kind of body, an expert group holding meetings: its body is given those conventions,
/// its workplans provide for preliminary conclusions, its reports' summaries are the Chair's, and the
/// Bureau posts it kept per meeting become the body's officers (one per office, person and State, in the
/// order first met) with each meeting's opener and presiding officer. Agenda items get their role from
/// their titles when the file is built. The file must already be valid against the version-1 schema.
/// </summary>
public static class RecordUpgrade
{
    /// <summary>The version a file says it is written in; 0 when it cannot tell.</summary>
    public static int VersionOf(string json)
    {
        try
        {
            return JsonNode.Parse(json) is JsonObject o && o["formatVersion"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : 0;
        }
        catch (System.Text.Json.JsonException)
        {
            return 0;
        }
    }

    /// <summary>The file in the current version: a file of version 1 upgraded, any other as it is.</summary>
    public static string ToCurrent(string json) => VersionOf(json) == 1 ? FromVersion1(json) : json;

    public static string FromVersion1(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        root["formatVersion"] = 2;
        var body = root["body"]!.AsObject();
        body["convenes"] = "meetings";
        body["participants"] = "experts";
        body["noDocumentationNote"] = true;
        foreach (var workplan in Array(root, "workplans")) workplan["preliminaryConclusions"] = true;

        var meetings = Array(root, "meetings");
        var officers = new JsonArray();
        var seen = new HashSet<(string, string, string)>();
        var inOrder = meetings
            .OrderBy(m => (string?)m["startDate"], StringComparer.Ordinal)
            .ThenBy(m => (int?)m["number"] ?? 0);
        foreach (var meeting in inOrder)
        {
            var posts = Array(meeting, "bureau");
            meeting.Remove("bureau");
            meeting["summaryByChair"] = true;
            if (posts.Count == 0) continue;
            foreach (var post in posts)
            {
                var key = ((string?)post["office"] ?? "", ((string?)post["person"] ?? "").Trim(), ((string?)post["state"] ?? "").Trim());
                if (!seen.Add(key)) continue;
                var officer = new JsonObject { ["office"] = post["office"]?.DeepClone(), ["person"] = post["person"]?.DeepClone(), ["state"] = post["state"]?.DeepClone() };
                if (post["regionalGroup"] is { } group) officer["regionalGroup"] = group.DeepClone();
                officers.Add(officer);
            }
            var presiding = new JsonObject();
            if (posts.FirstOrDefault(p => (bool?)p["openedMeeting"] == true) is { } opener) presiding["openedBy"] = opener["person"]?.DeepClone();
            if (posts.FirstOrDefault(p => (bool?)p["presidedOnBehalfOfChair"] == true) is { } presider)
            {
                presiding["presidedBy"] = presider["person"]?.DeepClone();
                if (posts.FirstOrDefault(p => (string?)p["office"] == "chair") is { } chair) presiding["onBehalfOf"] = chair["person"]?.DeepClone();
            }
            if (presiding.Count > 0) meeting["presiding"] = presiding;
        }

        // Officers sit after the workplans, where version 2 places them.
        var upgraded = new JsonObject();
        foreach (var (name, value) in root.ToList())
        {
            root.Remove(name);
            upgraded[name] = value;
            if (name == "workplans" && officers.Count > 0) upgraded["officers"] = officers;
        }
        if (officers.Count > 0 && upgraded["officers"] is null) upgraded["officers"] = officers;
        return upgraded.ToJsonString();
    }

    private static List<JsonObject> Array(JsonNode node, string name) =>
        node[name] is JsonArray array ? array.OfType<JsonObject>().ToList() : [];
}
