using System.Text.RegularExpressions;

namespace DigestGraph.Tests.Graph;

/// <summary>
/// The node labels and relationship types a Cypher text names: <c>(n:Label)</c>, <c>SET n:Label</c>,
/// <c>WHERE n:Label</c>, <c>ON :Label(key)</c>, <c>[r:TYPE|OTHER]</c> and <c>type(r) = 'TYPE'</c>.
/// </summary>
internal static partial class CypherNames
{
    [GeneratedRegex(@"type\(\w+\)\s*(?:=|<>)\s*'(\w+)'")]
    private static partial Regex ComparedType();

    [GeneratedRegex(@"'(?:\\.|[^'\\])*'|""(?:\\.|[^""\\])*""|//[^\n]*")]
    private static partial Regex StringsAndComments();

    // A colon right after the bracket or the variable, then the names; a map entry ({key: value}) has a space after its colon.
    [GeneratedRegex(@"\[\w*:([A-Za-z_]\w*(?:\s*\|\s*:?[A-Za-z_]\w*)*)")]
    private static partial Regex RelationshipTypes();

    [GeneratedRegex(@"(?:\(|\b\w+|\bON\s+)((?::[A-Za-z_]\w*)+)")]
    private static partial Regex Labels();

    public static (IReadOnlySet<string> Labels, IReadOnlySet<string> Types) Read(string cypher)
    {
        var types = ComparedType().Matches(cypher).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var code = StringsAndComments().Replace(cypher, "''");
        foreach (Match m in RelationshipTypes().Matches(code))
            types.UnionWith(m.Groups[1].Value.Split([':', '|', ' '], StringSplitOptions.RemoveEmptyEntries));
        var labels = Labels().Matches(RelationshipTypes().Replace(code, "[]"))
            .SelectMany(m => m.Groups[1].Value.Split(':', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);
        return (labels, types);
    }
}
