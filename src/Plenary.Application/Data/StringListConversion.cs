using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plenary.Application.Data;

/// <summary>
/// Short lists of strings (topics, language codes) are kept as a JSON text column, so that the
/// same column type serves SQLite and PostgreSQL and one set of migrations fits both (ADR 0003).
/// </summary>
internal static class StringListConversion
{
    private static readonly ValueComparer<List<string>> Comparer = new(
        (a, b) => Same(a, b),
        v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode(StringComparison.Ordinal))),
        v => v.ToList());

    // Internal, not private: EF Core's compiled model (CompiledModel) calls it.
    internal static bool Same(List<string>? a, List<string>? b) => (a ?? []).SequenceEqual(b ?? []);

    internal static bool Same(List<int>? a, List<int>? b) => (a ?? []).SequenceEqual(b ?? []);

    public static PropertyBuilder<List<string>> AsJsonText(this PropertyBuilder<List<string>> property) =>
        property.HasConversion(
                v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
                v => JsonSerializer.Deserialize<List<string>>(v, (JsonSerializerOptions?)null) ?? new List<string>(),
                Comparer)
            .HasMaxLength(4000);

    private static readonly ValueComparer<List<int>> NumberComparer = new(
        (a, b) => Same(a, b),
        v => v.Aggregate(0, (h, n) => HashCode.Combine(h, n)),
        v => v.ToList());

    /// <summary>A short list of numbers (the plenary meetings a delegation attended) as JSON text, like the lists of strings.</summary>
    public static PropertyBuilder<List<int>> AsJsonText(this PropertyBuilder<List<int>> property) =>
        property.HasConversion(
                v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
                v => JsonSerializer.Deserialize<List<int>>(v, (JsonSerializerOptions?)null) ?? new List<int>(),
                NumberComparer)
            .HasMaxLength(4000);
}
