using DigestGraph.Graph;
using DigestGraph.Progress;

namespace DigestGraph.Analyse;

/// <summary>
/// The analysis a user runs on a knowledge graph: sparse paper-similarity and entity co-occurrence projections,
/// Leiden communities on each, PageRank, betweenness, k-cores and components per node, and every community described
/// as a labelled topic cluster. Progress goes to the stages "project papers", "project entities", "analyse" and
/// "label clusters".
/// </summary>
internal static class ClusterAnalysis
{
    private const int LabelProgressEvery = 256;

    public static ClusterAnalysisResult Run(KnowledgeGraph graph, ClusterOptions? options = null, IProgress<StageProgress>? progress = null)
    {
        options ??= new ClusterOptions();
        var index = new PaperEntityIndex(graph);
        var paperProjection = PaperSimilarity.Build(index, options.Projection, progress);
        var entityProjection = EntityCooccurrence.Build(index, options.EntityWeighting, options.Projection, progress);

        const int steps = 2 * ProjectionAnalysis.Steps;
        var done = 0;
        progress?.Report(new StageProgress("analyse", 0, steps));
        void Step() => progress?.Report(new StageProgress("analyse", ++done, steps));
        var papers = ProjectionAnalysis.Run(paperProjection, index.PaperIds, options, "P", Step);
        var entities = ProjectionAnalysis.Run(entityProjection, index.EntityKeys, options, "E", Step);
        progress?.Report(StageProgress.Finished("analyse", steps));

        var describer = new ClusterDescriber(graph, index, papers, entities, options);
        var clusters = papers.Clusters.Count + entities.Clusters.Count;
        var labelled = 0;
        TopicCluster Labelled(TopicCluster cluster)
        {
            if (++labelled % LabelProgressEvery == 0) progress?.Report(new StageProgress("label clusters", labelled, clusters));
            return cluster;
        }
        progress?.Report(new StageProgress("label clusters", 0, clusters));
        var paperClusters = papers.Clusters.Select(c => Labelled(describer.DescribePapers(c))).ToArray();
        var entityClusters = entities.Clusters.Select(c => Labelled(describer.DescribeEntities(c))).ToArray();
        progress?.Report(StageProgress.Finished("label clusters", clusters));
        return new ClusterAnalysisResult(
            options,
            paperClusters,
            entityClusters,
            papers.Summary(),
            entities.Summary(),
            papers.Metrics(),
            entities.Metrics(),
            paperProjection,
            entityProjection);
    }
}
