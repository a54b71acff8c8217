using DigestGraph.Extract;
using DigestGraph.Export.Report.PageModel;
using DigestGraph.Graph;

namespace DigestGraph.Export.Report;

/// <summary>
/// Chooses what the interactive graph draws: the clusters with their key entities and representative papers when
/// analysis has clusters, otherwise topics, entities and papers. Past <c>maxNodes</c> the most central entities and
/// the papers mentioning most of them are kept, so that a large corpus still opens quickly.
/// </summary>
internal sealed class ReportGraphSelector
{
    private readonly KnowledgeGraph _graph;
    private readonly IReadOnlyDictionary<string, double> _entityScore;
    private readonly int _maxNodes;
    private readonly List<GraphNodeData> _nodes = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly List<GraphEdgeData> _edges = [];
    private readonly HashSet<(string, string, string)> _edgeKeys = [];

    private ReportGraphSelector(KnowledgeGraph graph, IReadOnlyDictionary<string, double> entityScore, int maxNodes)
    {
        _graph = graph;
        _entityScore = entityScore;
        _maxNodes = maxNodes;
    }

    public static string ClusterId(string id) => "c:" + id;
    public static string TopicId(string name) => "t:" + name;
    public static string PaperId(string id) => "p:" + id;
    public static string EntityId(string key) => "e:" + key;

    public static GraphData Select(KnowledgeGraph graph, ReportAnalysis analysis, IReadOnlyDictionary<string, double> entityScore, int maxNodes)
    {
        var selector = new ReportGraphSelector(graph, entityScore, maxNodes);
        // Paper clusters are the topic clusters; entity communities stand in when only those exist.
        var clusters = analysis.Clusters.Any(c => c.OfPapers) ? analysis.Clusters.Where(c => c.OfPapers).ToArray() : analysis.Clusters;
        var candidates = clusters.Count > 0 ? selector.SelectClusters(clusters) : selector.SelectTopics();
        selector.AddConnections();
        return new GraphData(selector._nodes.ToArray(), selector._edges.ToArray(), candidates - selector._nodes.Count);
    }

    private int SelectClusters(IReadOnlyList<ReportCluster> clusters)
    {
        var ordered = clusters.OrderByDescending(c => c.Size).ThenBy(c => c.Id, StringComparer.Ordinal).ToArray();
        foreach (var c in ordered)
            AddNode(new GraphNodeData(ClusterId(c.Id), "cluster", c.Id, c.Label, null, c.Size));
        var queues = ordered.Select(c => (Cluster: ClusterId(c.Id), Queue: new Queue<string>(
                c.KeyModels.Concat(c.KeyBenchmarks).Concat(c.KeyMethods).Where(_graph.EntitiesByKey.ContainsKey).Select(EntityId)
                    .Concat(c.RepresentativePapers.Where(_graph.PapersById.ContainsKey).Select(PaperId)))))
            .ToArray();
        var candidates = new HashSet<string>(queues.SelectMany(q => q.Queue), StringComparer.Ordinal);
        // Round-robin over clusters so that every cluster keeps its first key entities when the budget is tight.
        for (var any = true; any;)
        {
            any = false;
            foreach (var (cluster, queue) in queues)
            {
                if (!queue.TryDequeue(out var id)) continue;
                any = true;
                if (!_ids.Contains(id))
                {
                    if (_nodes.Count >= _maxNodes) continue;
                    AddNode(id.StartsWith("e:", StringComparison.Ordinal) ? EntityNode(_graph.EntitiesByKey[id[2..]]) : PaperNode(_graph.PapersById[id[2..]], 1));
                }
                AddEdge(cluster, id, GraphVocabulary.InCluster);
            }
        }
        return ordered.Length + candidates.Count;
    }

    private int SelectTopics()
    {
        var papersPerTopic = _graph.Papers.SelectMany(p => p.Topics).CountBy(t => t).ToDictionary(kv => kv.Key, kv => kv.Value);
        foreach (var topic in _graph.Topics)
            AddNode(new GraphNodeData(TopicId(topic), "topic", topic, topic, null, papersPerTopic.GetValueOrDefault(topic)));
        var budget = Math.Max(0, _maxNodes - _nodes.Count);
        var entityBudget = _graph.Entities.Count + _graph.Papers.Count <= budget
            ? _graph.Entities.Count
            : Math.Min(_graph.Entities.Count, Math.Max(budget - _graph.Papers.Count, budget * 3 / 5));
        foreach (var e in _graph.Entities
                     .OrderByDescending(e => _entityScore.GetValueOrDefault(e.Key))
                     .ThenBy(e => e.Key, StringComparer.Ordinal)
                     .Take(entityBudget))
            AddNode(EntityNode(e));

        var shownMentions = _graph.Mentions
            .Where(m => _ids.Contains(EntityId(m.EntityKey)))
            .CountBy(m => m.PaperId)
            .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        foreach (var p in _graph.Papers
                     .OrderByDescending(p => shownMentions.GetValueOrDefault(p.Id))
                     .ThenBy(p => p.Id, StringComparer.Ordinal)
                     .Take(Math.Max(0, _maxNodes - _nodes.Count)))
            AddNode(PaperNode(p, shownMentions.GetValueOrDefault(p.Id)));
        return _graph.Topics.Count + _graph.Entities.Count + _graph.Papers.Count;
    }

    private GraphNodeData EntityNode(EntityNode e) =>
        new(EntityId(e.Key), "entity", e.Key, e.Name, e.Type.ToString(), _entityScore.GetValueOrDefault(e.Key));

    private static GraphNodeData PaperNode(PaperNode p, double weight) =>
        new(PaperId(p.Id), "paper", p.Id, p.Paper.Title, null, weight);

    private void AddConnections()
    {
        foreach (var p in _graph.Papers)
            foreach (var topic in p.Topics)
                AddEdge(PaperId(p.Id), TopicId(topic), GraphVocabulary.About);
        foreach (var m in _graph.Mentions)
            AddEdge(PaperId(m.PaperId), EntityId(m.EntityKey), m.Introduced ? GraphVocabulary.Introduces : GraphVocabulary.Mentions);
        foreach (var r in _graph.Relations)
            AddEdge(EntityId(r.SourceKey), EntityId(r.TargetKey), r.Type.Name());
    }

    private void AddNode(GraphNodeData node)
    {
        if (_ids.Add(node.Id)) _nodes.Add(node);
    }

    private void AddEdge(string source, string target, string kind)
    {
        if (_ids.Contains(source) && _ids.Contains(target) && _edgeKeys.Add((source, target, kind)))
            _edges.Add(new GraphEdgeData(source, target, kind));
    }
}
