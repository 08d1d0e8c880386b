namespace Plenary.Application.Records;

/// <summary>One thing wrong with a record file: where (a JSON path such as $.meetings[5].startDate) and which rule.</summary>
public sealed record RecordError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>How the record's sections turn a rule the domain refuses into an error at the field's path.</summary>
internal static class RecordErrors
{
    /// <summary>Builds with the domain; a refusal is added at <paramref name="path"/>, its field found by the rule's code in <paramref name="fields"/>.</summary>
    public static T? Try<T>(List<RecordError> errors, string path, IReadOnlyDictionary<string, string> fields, Func<T> build) where T : class
    {
        try
        {
            return build();
        }
        catch (Plenary.Domain.DomainException e)
        {
            errors.Add(new RecordError(fields.TryGetValue(e.Code, out var field) ? $"{path}.{field}" : path, e.Message));
            return null;
        }
    }
}
