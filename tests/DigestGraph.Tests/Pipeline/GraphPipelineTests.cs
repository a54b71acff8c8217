using DigestGraph.Extract.Lexicon;
using DigestGraph.Export;
using DigestGraph.Graph;
using DigestGraph.Ingest;
using DigestGraph.Synthetic;
using DigestGraph.Pipeline;
using DigestGraph.Progress;
using DigestGraph.Tests.Extract;

namespace DigestGraph.Tests.Pipeline;

public sealed class GraphPipelineTests
{
    private sealed class Recorder(Action<StageProgress>? onReport = null) : IProgress<StageProgress>
    {
        public List<StageProgress> Reports { get; } = [];

        public void Report(StageProgress value)
        {
            lock (Reports) Reports.Add(value);
            onReport?.Invoke(value);
        }
    }

    [Fact]
    public void Streamed_build_writes_the_same_graph_as_reading_then_extracting_one_paper_after_another()
    {
        using var dir = new TempDirectory();
        SyntheticDigestGenerator.FromSeedDirectory(RepoPaths.Seeds, seed: 7).WriteCorpus(dir.Path, 300, entriesPerFile: 7);
        var papers = new CorpusReader().Read([dir.Path]).Papers;
        var expected = new GraphBuilder(EntityLexicon.Default).AddRange(papers.Select(ExtractorHarness.Extractor.Extract)).Build();

        var result = GraphPipeline.Run([dir.Path], strict: false, ExtractorHarness.Extractor, EntityLexicon.Default);

        Assert.Equal(papers.Select(p => p.Id), result.Input.Papers.Select(p => p.Id));
        Assert.Equal(GraphJson(expected), GraphJson(result.Graph));
    }

    [Fact]
    public void Strict_build_stops_at_the_first_bad_entry_in_input_order()
    {
        using var dir = new TempDirectory();
        dir.Write("a.md", string.Concat(Enumerable.Range(1, 50).Select(n => $"## P{n}\n[论文](https://arxiv.org/abs/2401.{n:D5})\n\nGPT-4 on MMLU.\n\n")));
        var bad = dir.Write("b.md", "## No Link\n[无](https://example.org)\n\nLost.\n");
        dir.Write("c.md", "## Also No Link\n\nLost too.\n");

        var e = Assert.Throws<IngestException>(() => GraphPipeline.Run([dir.Path], strict: true, ExtractorHarness.Extractor, EntityLexicon.Default));

        Assert.Equal(new SourceLocation(bad, 1), e.Problem.Location);
    }

    [Fact]
    public void Stages_start_in_order_read_extract_graph_and_each_finishes_with_every_paper()
    {
        var recorder = new Recorder();

        GraphPipeline.Run([RepoPaths.Seeds], strict: false, ExtractorHarness.Extractor, EntityLexicon.Default, recorder);

        Assert.Equal(["read", "extract", "graph"], recorder.Reports.Select(r => r.Stage).Distinct());
        foreach (var stage in new[] { "extract", "graph" })
            Assert.Equal(StageProgress.Finished(stage, 78), Assert.Single(recorder.Reports, r => r.Stage == stage && r.Completed));
    }

    [Fact]
    public void Reading_reports_the_bytes_of_the_input_against_their_total_with_lines_and_papers_beside_them()
    {
        var recorder = new Recorder();
        var seedFiles = Directory.GetFiles(RepoPaths.Seeds);
        var seedBytes = seedFiles.Sum(f => new FileInfo(f).Length);
        var seedLines = seedFiles.Select(File.ReadAllText).Sum(text => text.Count(c => c == '\n') + (text.EndsWith('\n') ? 0 : 1));

        GraphPipeline.Run([RepoPaths.Seeds], strict: false, ExtractorHarness.Extractor, EntityLexicon.Default, recorder);

        var reads = recorder.Reports.Where(r => r.Stage == "read").ToArray();
        Assert.All(reads, r => Assert.Equal((ProgressUnit.Bytes, seedBytes), (r.Unit, r.Total)));
        Assert.Equal(reads.Select(r => r.Done).Order(), reads.Select(r => r.Done));
        var finished = Assert.Single(reads, r => r.Completed);
        Assert.Equal(seedBytes, finished.Done);
        Assert.Equal($"{seedLines:N0} lines, 78 papers", finished.Note);
    }

    [Fact]
    public void Cancelling_during_extraction_stops_the_build()
    {
        using var cancel = new CancellationTokenSource();
        var recorder = new Recorder(r => { if (r is { Stage: "extract", Done: 10 }) cancel.Cancel(); });

        Assert.ThrowsAny<OperationCanceledException>(() =>
            GraphPipeline.Run([RepoPaths.Seeds], strict: false, ExtractorHarness.Extractor, EntityLexicon.Default, recorder, cancel.Token));
        Assert.DoesNotContain(recorder.Reports, r => r is { Stage: "graph", Completed: true });
    }

    private static byte[] GraphJson(KnowledgeGraph graph)
    {
        using var stream = new MemoryStream();
        new GraphJsonExporter().Write(graph, stream);
        return stream.ToArray();
    }
}
