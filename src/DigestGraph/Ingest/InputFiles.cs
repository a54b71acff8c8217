namespace DigestGraph.Ingest;

/// <summary>
/// The files behind the input paths of a run. A directory is searched recursively, in ordinal name order, for digests
/// (<c>*.md</c>, <c>*.markdown</c>, <c>*.txt</c>) and JSON Lines (<c>*.jsonl</c>, <c>*.ndjson</c>, <c>*.json</c>), each
/// also gzipped (<c>.gz</c>); hidden files and folders (<c>.git</c>, <c>.anything</c>) and tool folders
/// (<c>node_modules</c>, <c>bin</c>, <c>obj</c>, ...) are not searched.
/// </summary>
public static class InputFiles
{
    private static readonly string[] Extensions = [".md", ".markdown", ".txt", ".jsonl", ".ndjson", ".json"];

    // Folders that build tools and package managers fill: never digests, and often huge.
    private static readonly HashSet<string> ToolFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "node_modules", "bin", "obj", "__pycache__", "venv", "site-packages", "TestResults", "bower_components",
    };

    /// <summary>The paths that name neither a file nor a directory, in the order given.</summary>
    public static IReadOnlyList<string> Missing(IEnumerable<string> paths) =>
        paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToArray();

    /// <summary>The files a path names, with the problem when it names nothing readable.</summary>
    internal static IReadOnlyList<InputFile> Expand(string path, out IngestProblem? problem)
    {
        problem = null;
        if (File.Exists(path)) return [new InputFile(path, Named: true, new FileInfo(path).Length)];
        if (!Directory.Exists(path))
        {
            problem = new IngestProblem(new SourceLocation(path, 0), "no such file or directory");
            return [];
        }
        var files = new List<string>();
        Walk(new DirectoryInfo(path), path, files);
        if (files.Count == 0)
            problem = new IngestProblem(new SourceLocation(path, 0),
                "directory holds no digest (*.md, *.txt) or JSON Lines (*.jsonl, *.json) files, gzipped or not");
        return files.Order(StringComparer.Ordinal).Select(f => new InputFile(f, Named: false, new FileInfo(f).Length)).ToArray();
    }

    /// <summary>Whether a file's name says JSON Lines (<c>.jsonl</c>, <c>.ndjson</c>, gzipped or not).</summary>
    internal static bool IsJsonLinesName(string file) => Extension(file) is ".jsonl" or ".ndjson";

    /// <summary>Whether a file's name says JSON (<c>.json</c>, gzipped or not).</summary>
    internal static bool IsJsonName(string file) => Extension(file) == ".json";

    /// <summary>Whether a file's name ends in <c>.gz</c>.</summary>
    internal static bool IsGzipName(string file) => file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>The extension under a <c>.gz</c>, in lower case.</summary>
    private static string Extension(string file) =>
        Path.GetExtension(IsGzipName(file) ? file[..^3] : file).ToLowerInvariant();

    private static void Walk(DirectoryInfo directory, string shownAs, List<string> files)
    {
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.System };
        foreach (var file in directory.EnumerateFiles("*", options))
            if (!IsHidden(file) && Extensions.Contains(Extension(file.Name)))
                files.Add(Path.Combine(shownAs, file.Name));
        foreach (var sub in directory.EnumerateDirectories("*", options))
            // A linked folder is not followed: it could lead back up the tree.
            if (!IsHidden(sub) && !ToolFolders.Contains(sub.Name) && sub.LinkTarget is null)
                Walk(sub, Path.Combine(shownAs, sub.Name), files);
    }

    private static bool IsHidden(FileSystemInfo entry) => entry.Name.StartsWith('.') || entry.Attributes.HasFlag(FileAttributes.Hidden);
}
