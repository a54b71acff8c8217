using DigestGraph.Extract;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Graph;
using DigestGraph.Progress;

namespace DigestGraph.Pipeline;

/// <summary>The front every use case over a corpus shares: read → extract → graph, then its own stages on the graph.</summary>
internal static class UseCase
{
    /// <exception cref="Ingest.IngestException">In strict mode, on the first bad entry.</exception>
    public static async Task<CorpusRun<T>> OverCorpusAsync<T>(CorpusOptions corpus, IExtractor extractor, EntityLexicon lexicon, IProgress<StageProgress>? progress,
        Func<KnowledgeGraph, Task<T>> stages, CancellationToken ct) where T : class
    {
        var pipeline = GraphPipeline.Run(corpus.Paths, corpus.Strict, extractor, lexicon, progress, ct);
        return pipeline.Input.Papers.Count == 0
            ? new CorpusRun<T>(pipeline, null)
            : new CorpusRun<T>(pipeline, await stages(pipeline.Graph).ConfigureAwait(false));
    }

    /// <summary>Runs <paramref name="stage"/> reported as one step named <paramref name="name"/> of <paramref name="size"/> items.</summary>
    public static T Step<T>(IProgress<StageProgress>? progress, string name, long size, Func<T> stage)
    {
        progress?.Report(new StageProgress(name, 0, null));
        var result = stage();
        progress?.Report(StageProgress.Finished(name, size));
        return result;
    }
}
