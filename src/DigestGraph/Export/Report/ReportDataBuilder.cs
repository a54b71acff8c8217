using DigestGraph.Export.Report.PageModel;
using DigestGraph.Extract;
using DigestGraph.Graph;

namespace DigestGraph.Export.Report;

/// <summary>
/// Turns the knowledge graph (and analysis, when there is one) into what the report page shows, bounded by
/// <see cref="ReportLimits"/>: the largest clusters, the papers that represent them and the most central ones, the
/// entities and relations those papers name, and the top rows of the largest leaderboards, with the totals.
/// </summary>
internal static class ReportDataBuilder
{
    public const int CentralEntityCount = 25;

    public static ReportData Build(KnowledgeGraph graph, ReportAnalysis? analysis, ReportLimits? limits = null)
    {
        analysis ??= ReportAnalysis.Empty;
        limits ??= new ReportLimits();
        var degrees = EntityDegrees.Compute(graph);
        var hasCentrality = graph.Entities.Any(e => analysis.EntityCentrality.ContainsKey(e.Key));
        var measure = hasCentrality ? "pagerank" : "degree";
        var score = graph.Entities.ToDictionary(
            e => e.Key,
            e => hasCentrality ? analysis.EntityCentrality.GetValueOrDefault(e.Key)?.PageRank ?? 0 : degrees[e.Key],
            StringComparer.Ordinal);
        var paperCluster = ClusterMembership(analysis.Clusters.Where(c => c.OfPapers), analysis.PaperCentrality);
        var entityCluster = ClusterMembership(analysis.Clusters.Where(c => !c.OfPapers), analysis.EntityCentrality);
        var clusters = ListedClusters(analysis.Clusters, limits.Clusters);

        var shownPapers = ShownPapers(graph, analysis, clusters, limits.Papers);
        var mentionsOfPaper = graph.Mentions.Where(m => shownPapers.Contains(m.PaperId)).ToLookup(m => m.PaperId, StringComparer.Ordinal);
        var papers = graph.Papers.Where(p => shownPapers.Contains(p.Id)).Select(p =>
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
        var relations = graph.Relations
            .Where(r => shownPapers.Contains(r.PaperId))
            .OrderBy(r => r.PaperId, StringComparer.Ordinal)
            .ThenBy(r => r.Type)
            .ThenBy(r => r.SourceKey, StringComparer.Ordinal)
            .ThenBy(r => r.TargetKey, StringComparer.Ordinal)
            .Select(r => new RelationData(r.Type.Name(), r.SourceKey, r.TargetKey, r.PaperId, r.Evidence, r.Metric, r.Value))
            .ToArray();
        var allBoards = LeaderboardBuilder.Build(graph);
        var leaderboards = allBoards.Take(limits.Leaderboards)
            .Select(b => b with { Rows = b.Rows.Take(limits.LeaderboardRows).ToArray(), TotalRows = b.Rows.Count })
            .ToArray();
        var central = graph.Entities
            .OrderByDescending(e => score[e.Key])
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .Take(CentralEntityCount)
            .Select(e => e.Key)
            .ToArray();
        var drawn = ReportGraphSelector.Select(graph, analysis with { Clusters = clusters }, score, limits.GraphNodes);

        // Every entity the page names: central ones, the clusters' key entities, drawn nodes, those the shown papers
        // mention, relation ends and leaderboard models and benchmarks.
        var shownEntities = new HashSet<string>(central, StringComparer.Ordinal);
        shownEntities.UnionWith(clusters.SelectMany(c => c.KeyModels.Concat(c.KeyBenchmarks).Concat(c.KeyMethods)));
        shownEntities.UnionWith(drawn.Nodes.Where(n => n.Kind == "entity").Select(n => n.Ref));
        shownEntities.UnionWith(papers.SelectMany(p => p.Mentions.Select(m => m.Key)));
        shownEntities.UnionWith(relations.SelectMany(r => new[] { r.Source, r.Target }));
        shownEntities.UnionWith(leaderboards.SelectMany(b => b.Rows.Select(r => r.Model).Append(b.Benchmark)));
        var papersOfEntity = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var paperCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (paper, key) in graph.Mentions.Select(m => (m.PaperId, m.EntityKey)).Distinct())
        {
            paperCount[key] = paperCount.GetValueOrDefault(key) + 1;
            if (!shownPapers.Contains(paper) || !shownEntities.Contains(key)) continue;
            if (!papersOfEntity.TryGetValue(key, out var list)) papersOfEntity[key] = list = [];
            if (list.Count < limits.PapersPerEntity) list.Add(paper);
        }
        var entities = graph.Entities.Where(e => shownEntities.Contains(e.Key)).Select(e =>
            {
                var c = analysis.EntityCentrality.GetValueOrDefault(e.Key);
                return new EntityData(
                    e.Key, e.Name, e.Type.ToString(), e.Types.Select(t => t.ToString()).ToArray(), e.Aliases,
                    papersOfEntity.GetValueOrDefault(e.Key)?.ToArray() ?? [], paperCount.GetValueOrDefault(e.Key), degrees[e.Key],
                    c?.PageRank, c?.Betweenness, entityCluster.GetValueOrDefault(e.Key));
            })
            .ToArray();

        var summary = new ReportSummary(graph.Papers.Count, graph.Entities.Count, graph.Relations.Count, graph.Topics.Count,
            analysis.Clusters.Count, allBoards.Sum(b => b.Rows.Count))
        {
            PapersShown = papers.Length,
            EntitiesShown = entities.Length,
            RelationsShown = relations.Length,
            ClustersShown = clusters.Count,
            Leaderboards = allBoards.Count,
            LeaderboardsShown = leaderboards.Length,
        };
        return new ReportData(summary, Enum.GetNames<EntityType>(), graph.Topics, papers, entities, relations, clusters,
            leaderboards, new CentralityRanking(measure, central), drawn);
    }

    /// <summary>The largest clusters of each kind, up to <paramref name="perKind"/> of each.</summary>
    private static IReadOnlyList<ReportCluster> ListedClusters(IReadOnlyList<ReportCluster> clusters, int perKind) =>
        clusters.GroupBy(c => c.OfPapers)
            .SelectMany(kind => kind.OrderByDescending(c => c.Size).ThenBy(c => c.Id, StringComparer.Ordinal).Take(perKind))
            .ToArray();

    /// <summary>The listed clusters' representative papers (largest cluster first), then the most central papers, up to the limit.</summary>
    private static HashSet<string> ShownPapers(KnowledgeGraph graph, ReportAnalysis analysis, IReadOnlyList<ReportCluster> clusters, int limit)
    {
        var shown = new HashSet<string>(StringComparer.Ordinal);
        var byCentrality = graph.Papers
            .OrderByDescending(p => analysis.PaperCentrality.GetValueOrDefault(p.Id)?.PageRank ?? 0)
            .Select(p => p.Id);
        foreach (var id in clusters.SelectMany(c => c.RepresentativePapers).Where(graph.PapersById.ContainsKey).Concat(byCentrality))
        {
            if (shown.Count >= limit) break;
            shown.Add(id);
        }
        return shown;
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
