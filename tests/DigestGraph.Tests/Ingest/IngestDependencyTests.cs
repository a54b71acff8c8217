namespace DigestGraph.Tests.Ingest;

public sealed class IngestDependencyTests
{
    [Fact]
    public void Ingest_never_imports_the_pipeline_that_wires_it()
    {
        var ingest = Path.Combine(RepoPaths.Root, "src", "DigestGraph", "Ingest");
        var imports = Directory.EnumerateFiles(ingest, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select(line => (File: Path.GetRelativePath(ingest, file), Line: line.Trim())))
            .Where(l => l.Line.Contains("DigestGraph.Pipeline", StringComparison.Ordinal))
            .Select(l => $"{l.File}: {l.Line}")
            .ToArray();

        Assert.Empty(imports);
    }
}
