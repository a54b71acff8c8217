using DigestGraph.Progress;

namespace DigestGraph.Export;

/// <summary>Writes several files into one directory, all or nothing (<see cref="StagedOutput"/>).</summary>
internal static class StagedFileWriter
{
    /// <summary>
    /// Writes the files (directory created if missing); returns their full paths, in order. <paramref name="progress"/>
    /// hears each file done as stage "write" (a large corpus's graph files take seconds each).
    /// </summary>
    public static IReadOnlyList<string> WriteAll(string directory, IEnumerable<StagedFile> files, IProgress<StageProgress>? progress = null)
    {
        using var staged = StagedOutput.Stage(directory, files, progress);
        var written = staged.Commit();
        progress?.Report(StageProgress.Finished("write", written.Count));
        return written;
    }
}
