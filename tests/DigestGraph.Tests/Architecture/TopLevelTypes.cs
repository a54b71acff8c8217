using System.Text.RegularExpressions;

namespace DigestGraph.Tests.Architecture;

/// <summary>The names of the types a C# file declares outside any other type (nested types are their owner's business).</summary>
internal static partial class TopLevelTypes
{
    [GeneratedRegex(@"^\s*namespace\s+[\w.]+\s*;", RegexOptions.Multiline)]
    private static partial Regex FileScopedNamespace();

    // "where T : class" ends a line or is followed by a comma, never by a name, so it is not read as a declaration.
    [GeneratedRegex(@"(?<![\w.])(?:(?:record\s+(?:struct|class)|class|struct|interface|enum|record)\s+(?<name>(?!where\b)[A-Za-z_]\w*)|delegate\s+[^;(]+?\s(?<name>[A-Za-z_]\w*)\s*(?:<[^>]*>)?\s*\()")]
    private static partial Regex Declaration();

    public static IReadOnlyList<string> In(string text)
    {
        var code = StageImports.CommentsAndStrings().Replace(text, "");
        // Top-level types sit at brace depth 0 under a file-scoped namespace, 1 inside a namespace block.
        var level = FileScopedNamespace().IsMatch(code) ? 0 : 1;
        var outside = new System.Text.StringBuilder();
        var depth = 0;
        foreach (var c in code)
        {
            if (c == '{') depth++;
            if (depth == level) outside.Append(c);
            if (c == '}') depth--;
        }
        return Declaration().Matches(outside.ToString()).Select(m => m.Groups["name"].Value).ToArray();
    }
}
