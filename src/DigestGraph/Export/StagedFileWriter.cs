using DigestGraph.Progress;

namespace DigestGraph.Export;

/// <summary>One file of a staged set: its name in the output directory and how to write its content.</summary>
public sealed record StagedFile(string FileName, Action<Stream> Write);

/// <summary>
/// Writes several files into one directory, all or nothing: every file goes to a temporary name first and is moved
/// into place only after all of them were written, so a failed run never leaves a half-written or mixed set.
/// </summary>
public static class StagedFileWriter
{
    /// <summary>
    /// Writes the files (directory created if missing); returns their full paths, in order. <paramref name="progress"/>
    /// hears each file done as stage "write" (a large corpus's graph files take seconds each).
    /// </summary>
    public static IReadOnlyList<string> WriteAll(string directory, IEnumerable<StagedFile> files, IProgress<StageProgress>? progress = null)
    {
        const string stage = "write";
        var list = files.ToArray();
        progress?.Report(new StageProgress(stage, 0, list.Length));
        Directory.CreateDirectory(directory);
        var staged = new List<(string Temp, string Final)>();
        try
        {
            foreach (var file in list)
            {
                var final = Path.GetFullPath(Path.Combine(directory, file.FileName));
                var temp = final + ".tmp-" + Guid.NewGuid().ToString("N");
                staged.Add((temp, final));
                using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write);
                file.Write(stream);
                stream.Flush(flushToDisk: true);
                progress?.Report(new StageProgress(stage, staged.Count, list.Length));
            }
            foreach (var (temp, final) in staged)
                File.Move(temp, final, overwrite: true);
            progress?.Report(StageProgress.Finished(stage, staged.Count));
            return staged.Select(s => s.Final).ToArray();
        }
        finally
        {
            foreach (var (temp, _) in staged)
                if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
