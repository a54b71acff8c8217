namespace DigestGraph.Ingest;

/// <summary>
/// Reads the inputs of a run: files, or directories searched for digests (<c>*.md</c>, <c>*.txt</c>) and JSON Lines
/// (<c>*.jsonl</c>). Papers keep input order (directories in ordinal name order); an id repeated across files is kept once.
/// In strict mode the first problem throws <see cref="IngestException"/>; otherwise problems are collected and reading goes on.
/// </summary>
public sealed class CorpusReader(bool strict = false)
{
    private static readonly string[] DigestExtensions = [".md", ".txt", ".markdown"];
    private static readonly string[] JsonLinesExtensions = [".jsonl", ".ndjson"];

    private readonly DigestParser _digestParser = new();
    private readonly JsonLinesReader _jsonLinesReader = new();

    public IngestResult Read(IEnumerable<string> paths)
    {
        var collector = new PaperCollector();
        foreach (var path in paths)
        {
            var files = ExpandPath(path, out var pathProblem);
            if (pathProblem is not null)
                Collect(collector, new IngestResult([], [pathProblem]));
            foreach (var file in files)
                Collect(collector, ReadFile(file));
        }
        return collector.ToResult();
    }

    private void Collect(PaperCollector collector, IngestResult fileResult)
    {
        var before = collector.Problems.Count;
        collector.AddRange(fileResult);
        if (strict && collector.Problems.Count > before) throw new IngestException(collector.Problems[before]);
    }

    private IngestResult ReadFile(string file)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new IngestResult([], [new IngestProblem(new SourceLocation(file, 0), $"cannot read file: {e.Message}")]);
        }
        var text = StrictUtf8.Decode(bytes, file, out var problem);
        if (text is null) return new IngestResult([], [problem!]);
        return IsJsonLines(file) ? _jsonLinesReader.Parse(text, file) : _digestParser.Parse(text, file);
    }

    private static IReadOnlyList<string> ExpandPath(string path, out IngestProblem? problem)
    {
        problem = null;
        if (File.Exists(path)) return [path];
        if (!Directory.Exists(path))
        {
            problem = new IngestProblem(new SourceLocation(path, 0), "no such file or directory");
            return [];
        }
        var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => IsJsonLines(f) || DigestExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (files.Length == 0)
            problem = new IngestProblem(new SourceLocation(path, 0), "directory holds no digest (*.md, *.txt) or JSON Lines (*.jsonl) files");
        return files;
    }

    private static bool IsJsonLines(string file) =>
        JsonLinesExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase);
}
