namespace DigestGraph.Export;

/// <summary>Writes several files into one directory, all or nothing (<see cref="StagedOutput"/>).</summary>
internal static class StagedFileWriter
{
    /// <summary>Writes the files (directory created if missing); returns their full paths, in order.</summary>
    public static IReadOnlyList<string> WriteAll(string directory, IEnumerable<StagedFile> files)
    {
        using var staged = StagedOutput.Stage(directory, files);
        return staged.Commit();
    }
}
