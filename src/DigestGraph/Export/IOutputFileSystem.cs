namespace DigestGraph.Export;

/// <summary>The file operations a staged output makes, so that tests can fail each of them in turn.</summary>
internal interface IOutputFileSystem
{
    /// <summary>Creates a new file (never overwrites one).</summary>
    Stream Create(string path);

    /// <summary>Renames a file; the destination must not exist.</summary>
    void Move(string source, string destination);
}
