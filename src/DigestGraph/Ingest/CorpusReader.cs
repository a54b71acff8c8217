using DigestGraph.Concurrency;

namespace DigestGraph.Ingest;

/// <summary>
/// Reads the inputs of a run: files, or directories searched for digests (<c>*.md</c>, <c>*.txt</c>) and JSON Lines
/// (<c>*.jsonl</c>). Files are parsed in parallel, a few ahead of the papers being taken; papers keep input order
/// (directories in ordinal name order); an id repeated across files is kept once. In strict mode the first problem in
/// input order throws <see cref="IngestException"/>; otherwise problems are collected and reading goes on.
/// </summary>
public sealed class CorpusReader(bool strict = false)
{
    private static readonly string[] DigestExtensions = [".md", ".txt", ".markdown"];
    private static readonly string[] JsonLinesExtensions = [".jsonl", ".ndjson"];

    // Enough files in flight to keep every core busy while the consumer waits on the next one in order.
    private static readonly int FileLookahead = 4 * Environment.ProcessorCount;

    private readonly DigestParser _digestParser = new();
    private readonly JsonLinesReader _jsonLinesReader = new();

    /// <summary>Reads everything before returning.</summary>
    /// <exception cref="IngestException">In strict mode, on the first bad entry.</exception>
    public IngestResult Read(IEnumerable<string> paths, CancellationToken ct = default) => Open(paths, ct).ReadToEnd();

    /// <summary>Starts a read whose papers can be taken while later files are still being parsed.</summary>
    public CorpusReading Open(IEnumerable<string> paths, CancellationToken ct = default) =>
        new(Inputs(paths).SelectAhead(read => read(), FileLookahead, ct), strict);

    /// <summary>One read per file, in input order, with a path that names nothing read as its problem.</summary>
    private IEnumerable<Func<IngestResult>> Inputs(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var files = ExpandPath(path, out var pathProblem);
            if (pathProblem is not null) yield return () => new IngestResult([], [pathProblem]);
            foreach (var file in files) yield return () => ReadFile(file);
        }
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
