using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Plenary.Application.Records;

/// <summary>The one set of JSON options for the record format, so that export output is stable.</summary>
public static class RecordJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        IndentSize = 2,
    };

    public static string Serialize(RecordFile record) => JsonSerializer.Serialize(record, Options) + "\n";

    public static RecordFile Deserialize(string json) =>
        JsonSerializer.Deserialize<RecordFile>(json, Options) ?? throw new JsonException("The file holds no record.");

    /// <summary>"inPerson" for MeetingFormat.InPerson: how enums are written in the record format.</summary>
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum =>
        Enum.TryParse(text, ignoreCase: true, out value) && !int.TryParse(text, out _);
}
