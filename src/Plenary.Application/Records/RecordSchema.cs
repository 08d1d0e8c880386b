using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Plenary.Application.Records;

/// <summary>
/// Checks a record file against docs/record-format.schema.json (embedded) and turns every
/// violation into a <see cref="RecordError"/> with a JSON path and a plain rule.
/// </summary>
public static class RecordSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => Load("record-format.schema.json"));

    /// <summary>The schema of version 1, kept to check old files before they are upgraded (RecordUpgrade).</summary>
    private static readonly Lazy<JsonSchema> SchemaV1 = new(() => Load("record-format-v1.schema.json"));

    private static JsonSchema Load(string name)
    {
        using var stream = typeof(RecordSchema).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The schema {name} is not embedded in Plenary.Application.");
        using var reader = new StreamReader(stream);
        return JsonSchema.FromJsonAsync(reader.ReadToEnd()).GetAwaiter().GetResult();
    }

    public static string Text
    {
        get
        {
            using var stream = typeof(RecordSchema).Assembly.GetManifestResourceStream("record-format.schema.json")!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    public static IReadOnlyList<RecordError> Validate(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
            return [new RecordError("$", "The file is empty; a record file is a JSON object with formatVersion and body.")];
        JToken token;
        try
        {
            // Dates stay strings: the schema checks their form, not Newtonsoft.
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
            token = JToken.ReadFrom(reader);
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment)
                    return [new RecordError("$", $"The file holds more than one JSON value (line {reader.LineNumber}).")];
            }
        }
        catch (JsonReaderException e)
        {
            return [new RecordError("$", $"The file is not valid JSON: {e.Message.TrimEnd('.')} (line {e.LineNumber}, position {e.LinePosition}).")];
        }

        // A file says which version it is written in; one of version 1 is checked against that version's schema.
        var schema = token is JObject o && o["formatVersion"] is JValue { Type: JTokenType.Integer } v && v.Value<long>() == 1 ? SchemaV1 : Schema;
        return Flatten(schema.Value.Validate(token))
            .Select(e => new RecordError(ToJsonPath(e), Describe(e)))
            .Distinct()
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
                foreach (var inner in Flatten(child.Errors.SelectMany(kv => kv.Value)))
                    yield return inner;
            else
                yield return error;
        }
    }

    private static string ToJsonPath(ValidationError e)
    {
        var path = (e.Path ?? "").TrimStart('#', '/');
        return path.Length == 0 ? "$" : "$." + path;
    }

    private static string Describe(ValidationError e)
    {
        var s = e.Schema;
        if (e.Property == "formatVersion" && e.Kind != ValidationErrorKind.PropertyRequired)
            return "must be 1 or 2: this Plenary reads versions 1 and 2 of the record format, and export writes version 2.";
        return e.Kind switch
        {
            ValidationErrorKind.PropertyRequired => "is required.",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => "is not a field of the record format (check its spelling against docs/record-format.md).",
            ValidationErrorKind.StringExpected => "must be a string.",
            ValidationErrorKind.IntegerExpected => "must be a whole number.",
            ValidationErrorKind.NumberExpected => "must be a number.",
            ValidationErrorKind.BooleanExpected => "must be true or false.",
            ValidationErrorKind.ArrayExpected => "must be a list ([ ... ]).",
            ValidationErrorKind.ObjectExpected => "must be an object ({ ... }).",
            ValidationErrorKind.NotInEnumeration when s?.Enumeration.Count > 0 =>
                "must be one of: " + string.Join(", ", s.Enumeration.Select(v => v?.ToString())) + ".",
            ValidationErrorKind.PatternMismatch => s?.Description is { } d ? $"must be {Lower(d)}." : $"must match the pattern {s?.Pattern}.",
            ValidationErrorKind.StringTooShort => "must not be empty.",
            ValidationErrorKind.StringTooLong => $"must be at most {s?.MaxLength} characters.",
            ValidationErrorKind.NumberTooSmall => $"must be at least {s?.Minimum}.",
            ValidationErrorKind.NumberTooBig => $"must be at most {s?.Maximum}.",
            _ => $"breaks the rule '{e.Kind}' of the record format.",
        };
    }

    private static string Lower(string text) => char.ToLowerInvariant(text[0]) + text[1..];
}
