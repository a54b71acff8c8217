using System.Globalization;
using System.Text.Json;

namespace DigestGraph.Neo4j;

/// <summary>
/// Reads a parameter value given as text (<c>--param k=v</c>, <c>// @param k = v</c>): <c>null</c>, <c>true</c>,
/// <c>false</c>, whole numbers, JSON strings and lists; anything else is a string as written. Decimals stay strings
/// because arXiv ids (2403.01234) look like them; a query that wants a number uses <c>toFloat($x)</c>.
/// </summary>
public static class CypherParameterValue
{
    public static object? Parse(string text)
    {
        var t = text.Trim();
        if (t == "null") return null;
        if (t == "true") return true;
        if (t == "false") return false;
        if (long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)) return whole;
        if (t.StartsWith('"') || t.StartsWith('['))
        {
            try { return FromJson(JsonDocument.Parse(t).RootElement); }
            catch (JsonException) { return t; }
        }
        return t;
    }

    /// <summary>Splits <c>name=value</c>.</summary>
    public static (string Name, object? Value) ParseAssignment(string assignment)
    {
        var eq = assignment.IndexOf('=', StringComparison.Ordinal);
        var name = eq < 0 ? "" : assignment[..eq].Trim().TrimStart('$');
        if (name.Length == 0 || !name.All(c => char.IsLetterOrDigit(c) || c == '_'))
            throw new FormatException($"parameter '{assignment}' is not of the form name=value");
        return (name, Parse(assignment[(eq + 1)..]));
    }

    private static object? FromJson(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt64(out var l) ? (object)l : e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => e.EnumerateArray().Select(FromJson).ToArray(),
        JsonValueKind.Null => null,
        _ => e.GetRawText(),
    };
}
