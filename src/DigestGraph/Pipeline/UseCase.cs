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
        var pipeline = GraphPipeline.Run(corpus.Paths, corpus.Strict, extractor, lexicon, progress, ct, corpus.Categories);
        return pipeline.Input.Papers.Count == 0
            ? new CorpusRun<T>(pipeline, null)
            : new CorpusRun<T>(pipeline, await stages(pipeline.Graph).ConfigureAwait(false));
    }
}
