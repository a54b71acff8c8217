using System.Globalization;

namespace DigestGraph.Query;

/// <summary>
/// What the saved Cypher queries compute with Neo4j's own functions, computed alike: <c>toFloat</c>, <c>round</c>,
/// the arXiv month of a new-style id, and the order of <c>ORDER BY</c> (strings by UTF-16 code unit, nulls last).
/// </summary>
internal static class CypherValues
{
    /// <summary>Neo4j orders strings as Java compares them (UTF-16 code units) and puts nulls after every value.</summary>
    public static readonly IComparer<string?> Order = Comparer<string?>.Create((a, b) =>
        a is null ? (b is null ? 0 : 1) : b is null ? -1 : string.CompareOrdinal(a, b));

    /// <summary>Lists compare element by element, a shorter prefix first.</summary>
    public static readonly IComparer<IReadOnlyList<string?>> ListOrder = Comparer<IReadOnlyList<string?>>.Create((a, b) =>
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var c = Order.Compare(a[i], b[i]);
            if (c != 0) return c;
        }
        return a.Count.CompareTo(b.Count);
    });

    /// <summary><c>toFloat(text)</c>: the number a decimal text states, or null.</summary>
    public static double? ToFloat(string? text) =>
        text is not null && double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary><c>round(x)</c>: half away from zero for positives, as Java's <c>Math.round</c>.</summary>
    public static double Round(double value) => Math.Floor(value + 0.5);

    /// <summary>The arXiv month (<c>2403.01234</c> → <c>2024-03</c>) of an id Neo4j's <c>=~ '[0-9]{4}[.][0-9]+.*'</c> accepts (ids hold no line break); else null.</summary>
    public static string? Month(string paperId) =>
        paperId.Length >= 6 && char.IsAsciiDigit(paperId[0]) && char.IsAsciiDigit(paperId[1]) && char.IsAsciiDigit(paperId[2])
        && char.IsAsciiDigit(paperId[3]) && paperId[4] == '.' && char.IsAsciiDigit(paperId[5])
            ? string.Concat("20", paperId.AsSpan(0, 2), "-", paperId.AsSpan(2, 2))
            : null;
}
