namespace DigestGraph.Export;

/// <summary>The real disk.</summary>
internal sealed class LocalFileSystem : IOutputFileSystem
{
    public static LocalFileSystem Instance { get; } = new();

    public Stream Create(string path) => new FileStream(path, FileMode.CreateNew, FileAccess.Write);

    public void Move(string source, string destination) => File.Move(source, destination, overwrite: false);
}
