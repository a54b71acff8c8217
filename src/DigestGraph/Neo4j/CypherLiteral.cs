using System.Text;

namespace DigestGraph.Neo4j;

/// <summary>
/// Writes values as Cypher literals for <c>:param</c> lines: single-quoted strings with every quote, backslash and
/// line break escaped (a <c>:param</c> command must stay on one line), lists, maps with fixed keys, booleans, null.
/// </summary>
internal static class CypherLiteral
{
    public static void Append(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                break;
            case string s:
                AppendString(sb, s);
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case int i:
                sb.Append(i);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                AppendMap(sb, map);
                break;
            case IEnumerable<string> list:
                sb.Append('[');
                var first = true;
                foreach (var item in list)
                {
                    if (!first) sb.Append(", ");
                    AppendString(sb, item);
                    first = false;
                }
                sb.Append(']');
                break;
            default:
                throw new ArgumentException($"no Cypher literal for {value.GetType().Name}", nameof(value));
        }
    }

    /// <summary>A map literal; keys are the exporter's own property names, plain identifiers.</summary>
    public static void AppendMap(StringBuilder sb, IEnumerable<KeyValuePair<string, object?>> map)
    {
        sb.Append('{');
        var first = true;
        foreach (var (key, value) in map)
        {
            if (!first) sb.Append(", ");
            sb.Append(key).Append(": ");
            Append(sb, value);
            first = false;
        }
        sb.Append('}');
    }

    public static void AppendString(StringBuilder sb, string value)
    {
        sb.Append('\'');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\'': sb.Append(@"\'"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                default:
                    // Control characters and Unicode line separators could end the command line early.
                    if (char.IsControl(c) || c is '\u2028' or '\u2029')
                        sb.Append(@"\u").Append(((int)c).ToString("X4"));
                    else
                        sb.Append(c);
                    break;
            }
        }
        sb.Append('\'');
    }
}
