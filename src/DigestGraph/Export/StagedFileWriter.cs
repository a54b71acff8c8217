namespace DigestGraph.Export;

/// <summary>One file of a staged set: its name in the output directory and how to write its content.</summary>
public sealed record StagedFile(string FileName, Action<Stream> Write);

/// <summary>
/// Writes several files into one directory, all or nothing: every file goes to a temporary name first and is moved
/// into place only after all of them were written, so a failed run never leaves a half-written or mixed set.
/// </summary>
public static class StagedFileWriter
{
    /// <summary>Writes the files (directory created if missing); returns their full paths, in order.</summary>
    public static IReadOnlyList<string> WriteAll(string directory, IEnumerable<StagedFile> files)
    {
        Directory.CreateDirectory(directory);
        var staged = new List<(string Temp, string Final)>();
        try
        {
            foreach (var file in files)
            {
                var final = Path.GetFullPath(Path.Combine(directory, file.FileName));
                var temp = final + ".tmp-" + Guid.NewGuid().ToString("N");
                staged.Add((temp, final));
                using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write);
                file.Write(stream);
                stream.Flush(flushToDisk: true);
            }
            foreach (var (temp, final) in staged)
                File.Move(temp, final, overwrite: true);
            return staged.Select(s => s.Final).ToArray();
        }
        finally
        {
            foreach (var (temp, _) in staged)
                if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
