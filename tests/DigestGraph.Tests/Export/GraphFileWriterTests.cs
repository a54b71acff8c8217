using DigestGraph.Export;
using DigestGraph.Graph;
using DigestGraph.Pipeline;

namespace DigestGraph.Tests.Export;

public sealed class GraphFileWriterTests
{
    private sealed class FailingExporter : IGraphExporter
    {
        public string FileName => "graph.broken";

        public void Write(KnowledgeGraph graph, Stream output)
        {
            output.Write("half"u8);
            throw new IOException("disk full");
        }
    }

    [Fact]
    public void Writes_the_three_formats()
    {
        using var dir = new TempDirectory();

        var written = new GraphFileWriter(OutputFormats.GraphFiles()).WriteAll(SampleGraph.Create(), dir.Path);

        Assert.Equal(["graph.json", "graph.graphml", "graph.cypher"], written.Select(Path.GetFileName));
        Assert.All(written, f => Assert.True(new FileInfo(f).Length > 0));
        Assert.Equal(written.Order(), Directory.GetFiles(dir.Path).Order());
    }

    [Fact]
    public void A_failing_format_leaves_earlier_output_untouched_and_no_partial_files()
    {
        using var dir = new TempDirectory();
        var previous = dir.Write("graph.json", "previous run");

        var writer = new GraphFileWriter([new GraphJsonExporter(), new FailingExporter()]);

        Assert.Throws<IOException>(() => writer.WriteAll(SampleGraph.Create(), dir.Path));
        Assert.Equal("previous run", File.ReadAllText(previous));
        Assert.Equal([previous], Directory.GetFiles(dir.Path));
    }
}
