namespace Plenary.Application.Records;

/// <summary>One thing wrong with a record file: where (a JSON path such as $.meetings[5].startDate) and which rule.</summary>
public sealed record RecordError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
