using System.Text.RegularExpressions;

namespace DigestGraph.Tests.Architecture;

/// <summary>
/// Which top-level folders of the library each folder refers to, read from its C# files: <c>using DigestGraph.X</c>
/// lines and names written out as <c>DigestGraph.X.Type</c> (comments and string literals left out), and the rule
/// of <see cref="StageOrder"/> checked against them.
/// </summary>
internal static partial class StageImports
{
    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@""(?:[^""]|"""")*""|"""""".*?""""""|""(?:\\.|[^""\\\n])*""|'(?:\\.|[^'\\\n])'", RegexOptions.Singleline)]
    internal static partial Regex CommentsAndStrings();

    [GeneratedRegex(@"^\s*namespace\s+DigestGraph\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"\bDigestGraph\.(\w+)")]
    private static partial Regex Reference();

    /// <summary>(folder, file name, C# text) of every source file under <paramref name="root"/>.</summary>
    public static IEnumerable<(string Folder, string File, string Text)> Read(string root) =>
        Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f))
            .Where(f => !f.StartsWith("obj" + Path.DirectorySeparatorChar) && !f.StartsWith("bin" + Path.DirectorySeparatorChar))
            .Select(f => (f.Split(Path.DirectorySeparatorChar)[0], f, File.ReadAllText(Path.Combine(root, f))));

    /// <summary>Every way the files break the stage order, one line each; empty when they keep it.</summary>
    public static IReadOnlyList<string> Violations(IEnumerable<(string Folder, string File, string Text)> files)
    {
        var violations = new List<string>();
        foreach (var (folder, file, text) in files)
        {
            if (StageOrder.NotStages.Contains(folder)) continue;
            if (!StageOrder.Rank.TryGetValue(folder, out var rank))
            {
                violations.Add($"{file}: folder {folder} is not placed in StageOrder");
                continue;
            }
            var code = CommentsAndStrings().Replace(text, "");
            if (Namespace().Match(code) is not { Success: true } ns || ns.Groups[1].Value != folder)
                violations.Add($"{file}: its namespace is not DigestGraph.{folder}");
            foreach (var imported in Reference().Matches(Namespace().Replace(code, "")).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal))
            {
                if (imported == folder) continue;
                if (!StageOrder.Rank.TryGetValue(imported, out var importedRank))
                    violations.Add($"{file}: refers to DigestGraph.{imported}, which is no folder of StageOrder");
                else if (importedRank >= rank)
                    violations.Add($"{file}: {folder} (rank {rank}) imports {imported} (rank {importedRank}), a later stage or one beside it");
            }
        }
        return violations;
    }
}
