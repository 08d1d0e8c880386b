using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Plenary.Application.Records;

/// <summary>The one set of JSON options for the record format, so that export output is stable.</summary>
public static class RecordJson
{
    /// <summary>The version of the record format export writes; import also reads version 1.</summary>
    public const int CurrentVersion = 2;

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Absent, false and empty are all left out, so an export reads like a hand-written file.
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        IndentSize = 2,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyLists } },
    };

    private static void OmitEmptyLists(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
            if (typeof(ICollection).IsAssignableFrom(property.PropertyType))
                property.ShouldSerialize = (_, value) => value is ICollection { Count: > 0 };
    }

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
