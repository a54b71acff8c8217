namespace DigestGraph.Tests.Extract.Specs;

/// <summary>
/// Reads the examples of a spec file (<c>tests/DigestGraph.Tests/Specs/*.md</c>, as Markdig's <c>Specs/*.md</c>): each
/// level-2 heading names an example, followed by a <c>```paper</c> block (header lines <c>title:</c>, <c>translated:</c>,
/// <c>extractor: rules|shipped</c>, a <c>---</c> line, then the abstract) and an <c>```expect</c> block. Prose between is
/// free. A malformed example is an error naming the file and line.
/// </summary>
internal static class SpecFile
{
    public static IEnumerable<SpecExample> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var name = Path.GetFileName(path);
        string? heading = null;
        var headingLine = 0;
        List<string>? paper = null;
        List<(int, string)>? expect = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (heading is not null) yield return Example(name, headingLine, heading, paper, expect);
                (heading, headingLine, paper, expect) = (line[3..].Trim(), i + 1, null, null);
            }
            else if (line.StartsWith("```paper", StringComparison.Ordinal))
            {
                Single(name, i, heading, paper, "paper");
                paper = Block(lines, ref i).Select(l => l.Text).ToList();
            }
            else if (line.StartsWith("```expect", StringComparison.Ordinal))
            {
                Single(name, i, heading, expect, "expect");
                expect = Block(lines, ref i).Where(l => l.Text.Trim().Length > 0).ToList();
            }
        }
        if (heading is not null) yield return Example(name, headingLine, heading, paper, expect);
    }

    private static List<(int Line, string Text)> Block(string[] lines, ref int i)
    {
        var block = new List<(int, string)>();
        for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++) block.Add((i + 1, lines[i]));
        return block;
    }

    /// <summary>A second block would silently replace the first, and its expectations would never be checked.</summary>
    private static void Single(string file, int index, string? heading, object? earlier, string block)
    {
        if (earlier is not null)
            throw new FormatException($"{file}:{index + 1}: example '{heading}' has a second {block} block; give each paper its own heading");
    }

    private static SpecExample Example(string file, int line, string heading, List<string>? paper, List<(int, string)>? expect)
    {
        if (paper is null || expect is null) throw new FormatException($"{file}:{line}: example '{heading}' needs a ```paper and an ```expect block");
        var separator = paper.IndexOf("---");
        if (separator < 0) throw new FormatException($"{file}:{line}: the paper of '{heading}' needs a --- line between its header and its abstract");
        var header = paper.Take(separator).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p.Length > 1 ? p[1].Trim() : "");
        return new SpecExample(file, line, heading,
            header.GetValueOrDefault("title") ?? throw new FormatException($"{file}:{line}: the paper of '{heading}' has no title"),
            header.GetValueOrDefault("translated"),
            string.Join("\n", paper.Skip(separator + 1)),
            header.GetValueOrDefault("extractor") ?? "rules",
            expect);
    }
}
