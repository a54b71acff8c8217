using DigestGraph.Progress;
namespace DigestGraph.Export;

/// <summary>
/// A set of output files written in full into a staging directory beside the output directory, then switched in by
/// renames: each earlier file is moved aside and the new one moved in; if any rename fails, the ones done are undone.
/// Until <see cref="Commit"/> the output directory is untouched, and disposing an uncommitted set discards it, so a
/// run that fails at any point leaves the earlier output as it was.
/// </summary>
internal sealed class StagedOutput : IDisposable
{
    private readonly string _directory;
    private readonly string _staging;
    private readonly IReadOnlyList<string> _names;
    private readonly IOutputFileSystem _files;
    private bool _done;

    private StagedOutput(string directory, string staging, IReadOnlyList<string> names, IOutputFileSystem files)
    {
        _directory = directory;
        _staging = staging;
        _names = names;
        _files = files;
    }

    /// <summary>Writes every file into a new staging directory beside <paramref name="directory"/>; the output directory is not touched.</summary>
    /// <paramref name="progress"/> hears each file staged as stage "write" (a large corpus's graph files take seconds each).
    public static StagedOutput Stage(string directory, IEnumerable<StagedFile> files, IProgress<StageProgress>? progress = null) =>
        Stage(directory, files, LocalFileSystem.Instance, progress);

    internal static StagedOutput Stage(string directory, IEnumerable<StagedFile> files, IOutputFileSystem fileSystem, IProgress<StageProgress>? progress = null)
    {
        const string stage = "write";
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        // A sibling, so that moving between the two is a rename on one file system.
        var staging = Sibling(full, "staging");
        Directory.CreateDirectory(staging);
        var names = new List<string>();
        try
        {
            foreach (var file in files)
            {
                if (Path.GetFileName(file.FileName) != file.FileName || names.Contains(file.FileName, StringComparer.Ordinal))
                    throw new ArgumentException($"'{file.FileName}' is not a distinct file name", nameof(files));
                names.Add(file.FileName);
                using var stream = fileSystem.Create(Path.Combine(staging, file.FileName));
                file.Write(stream);
                if (stream is FileStream disk) disk.Flush(flushToDisk: true);
                progress?.Report(new StageProgress(stage, names.Count, null));
            }
        }
        catch
        {
            DeleteQuietly(staging);
            throw;
        }
        return new StagedOutput(full, staging, names, fileSystem);
    }

    /// <summary>Switches the staged files into the output directory (created if missing); returns their paths, in order.</summary>
    /// <exception cref="IOException">When a file cannot be put in place; the output directory is then as it was before.</exception>
    public IReadOnlyList<string> Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        var targets = _names.Select(n => Path.Combine(_directory, n)).ToArray();
        // Refused before any change: a directory in a file's place is not something to move aside.
        if (targets.FirstOrDefault(Directory.Exists) is { } blocked)
            throw new IOException($"{blocked} is a directory, not a file");

        var created = !Directory.Exists(_directory);
        Directory.CreateDirectory(_directory);
        var aside = Sibling(_directory, "previous");
        Directory.CreateDirectory(aside);
        var movedAside = new List<int>();
        var movedIn = new List<int>();
        try
        {
            for (var i = 0; i < targets.Length; i++)
            {
                if (File.Exists(targets[i]))
                {
                    _files.Move(targets[i], Path.Combine(aside, _names[i]));
                    movedAside.Add(i);
                }
                _files.Move(Path.Combine(_staging, _names[i]), targets[i]);
                movedIn.Add(i);
            }
        }
        catch
        {
            foreach (var i in Enumerable.Reverse(movedIn)) _files.Move(targets[i], Path.Combine(_staging, _names[i]));
            foreach (var i in Enumerable.Reverse(movedAside)) _files.Move(Path.Combine(aside, _names[i]), targets[i]);
            DeleteQuietly(aside);
            if (created && !Directory.EnumerateFileSystemEntries(_directory).Any()) DeleteQuietly(_directory);
            Dispose();
            throw;
        }
        DeleteQuietly(aside);
        Dispose();
        return targets;
    }

    /// <summary>Discards the staged files if they were not committed.</summary>
    public void Dispose()
    {
        if (_done) return;
        _done = true;
        DeleteQuietly(_staging);
    }

    private static string Sibling(string directory, string purpose) =>
        Path.Combine(Path.GetDirectoryName(directory) ?? directory, $".{Path.GetFileName(directory)}.{purpose}-{Guid.NewGuid():N}");

    // What is left behind is a hidden temporary directory, never a file of the output.
    private static void DeleteQuietly(string directory)
    {
        try { Directory.Delete(directory, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
