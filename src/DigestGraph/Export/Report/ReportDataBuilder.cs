using DigestGraph.Export.Report.PageModel;
using DigestGraph.Extract;
using DigestGraph.Graph;

namespace DigestGraph.Export.Report;

/// <summary>Turns the knowledge graph (and analysis, when there is one) into what the report page shows.</summary>
internal static class ReportDataBuilder
{
    public const int DefaultMaxGraphNodes = 400;
    public const int CentralEntityCount = 25;

    public static ReportData Build(KnowledgeGraph graph, ReportAnalysis? analysis, int maxGraphNodes = DefaultMaxGraphNodes)
    {
        analysis ??= ReportAnalysis.Empty;
        var degrees = EntityDegrees.Compute(graph);
        var hasCentrality = graph.Entities.Any(e => analysis.EntityCentrality.ContainsKey(e.Key));
        var measure = hasCentrality ? "pagerank" : "degree";
        var score = graph.Entities.ToDictionary(
            e => e.Key,
            e => hasCentrality ? analysis.EntityCentrality.GetValueOrDefault(e.Key)?.PageRank ?? 0 : degrees[e.Key],
            StringComparer.Ordinal);
        var paperCluster = ClusterMembership(analysis.Clusters.Where(c => c.OfPapers), analysis.PaperCentrality);
        var entityCluster = ClusterMembership(analysis.Clusters.Where(c => !c.OfPapers), analysis.EntityCentrality);

        var papersOfEntity = graph.Mentions
            .GroupBy(m => m.EntityKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => m.PaperId).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        var mentionsOfPaper = graph.Mentions.ToLookup(m => m.PaperId, StringComparer.Ordinal);

        var papers = graph.Papers.Select(p =>
            {
                return new PaperData(
                    p.Id, p.Paper.Title, p.Paper.TranslatedTitle, p.Paper.Url, p.Paper.Abstract, p.Topics, p.PrimaryTopic,
                    mentionsOfPaper[p.Id]
                        .OrderByDescending(m => m.Introduced)
                        .ThenBy(m => m.EntityKey, StringComparer.Ordinal)
                        .Select(m => new MentionData(m.EntityKey, m.Introduced, m.Evidence))
                        .ToArray(),
                    paperCluster.GetValueOrDefault(p.Id),
                    analysis.PaperCentrality.GetValueOrDefault(p.Id)?.PageRank);
            })
            .ToArray();
        var entities = graph.Entities.Select(e =>
            {
                var c = analysis.EntityCentrality.GetValueOrDefault(e.Key);
                return new EntityData(
                    e.Key, e.Name, e.Type.ToString(), e.Types.Select(t => t.ToString()).ToArray(), e.Aliases,
                    papersOfEntity.GetValueOrDefault(e.Key) ?? [], degrees[e.Key],
                    c?.PageRank, c?.Betweenness, entityCluster.GetValueOrDefault(e.Key));
            })
            .ToArray();
        var relations = graph.Relations
            .OrderBy(r => r.PaperId, StringComparer.Ordinal)
            .ThenBy(r => r.Type)
            .ThenBy(r => r.SourceKey, StringComparer.Ordinal)
            .ThenBy(r => r.TargetKey, StringComparer.Ordinal)
            .Select(r => new RelationData(r.Type.Name(), r.SourceKey, r.TargetKey, r.PaperId, r.Evidence, r.Metric, r.Value))
            .ToArray();
        var leaderboards = LeaderboardBuilder.Build(graph);
        var central = graph.Entities
            .OrderByDescending(e => score[e.Key])
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .Take(CentralEntityCount)
            .Select(e => e.Key)
            .ToArray();

        return new ReportData(
            new ReportSummary(papers.Length, entities.Length, relations.Length, graph.Topics.Count, analysis.Clusters.Count, leaderboards.Sum(b => b.Rows.Count)),
            Enum.GetNames<EntityType>(),
            graph.Topics,
            papers,
            entities,
            relations,
            analysis.Clusters,
            leaderboards,
            new CentralityRanking(measure, central),
            ReportGraphSelector.Select(graph, analysis, score, maxGraphNodes));
    }

    /// <summary>Member id → cluster id, from the clusters' member lists (first listing wins), else from centrality's community.</summary>
    private static Dictionary<string, string> ClusterMembership(IEnumerable<ReportCluster> clusters, IReadOnlyDictionary<string, NodeCentrality> centrality)
    {
        var clusterOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in clusters)
            foreach (var member in c.Members)
                clusterOf.TryAdd(member, c.Id);
        foreach (var (id, metrics) in centrality)
            clusterOf.TryAdd(id, metrics.Community);
        return clusterOf;
    }
}
