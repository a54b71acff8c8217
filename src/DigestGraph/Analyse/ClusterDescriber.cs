using DigestGraph.Extract;
using DigestGraph.Graph;

namespace DigestGraph.Analyse;

/// <summary>Turns communities into readable topic clusters: distinctive entities and topics, representative papers, key models, benchmarks and methods.</summary>
internal sealed class ClusterDescriber
{
    private readonly KnowledgeGraph _graph;
    private readonly PaperEntityIndex _index;
    private readonly ProjectionAnalysis _papers;
    private readonly ProjectionAnalysis _entities;
    private readonly ClusterOptions _options;
    private readonly Dictionary<string, int> _entityIndex;
    private readonly Dictionary<string, int> _papersWithTopic;

    public ClusterDescriber(KnowledgeGraph graph, PaperEntityIndex index, ProjectionAnalysis papers, ProjectionAnalysis entities, ClusterOptions options)
    {
        _graph = graph;
        _index = index;
        _papers = papers;
        _entities = entities;
        _options = options;
        _entityIndex = index.EntityKeys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        _papersWithTopic = CountTopics(Enumerable.Range(0, graph.Papers.Count));
    }

    public TopicCluster DescribePapers(int[] members)
    {
        var size = members.Length;
        var corpus = _index.PaperIds.Count;
        var entityCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in members)
            foreach (var e in _index.EntitiesOfPaper[p])
                entityCounts[_index.EntityKeys[e]] = entityCounts.GetValueOrDefault(_index.EntityKeys[e]) + 1;
        var scored = Distinctiveness.Rank(entityCounts.Select(kv => (kv.Key, kv.Value)), size, DocumentFrequency, corpus);
        var topics = RankTopics(members);
        // A label term must recur inside a cluster of three or more papers, not be one paper's detail.
        var labelEntities = scored.Where(t => t.Papers >= (size >= 3 ? 2 : 1) && Labels(t.Term, topics)).Take(_options.LabelTerms).Select(Named).ToArray();
        var representatives = members.OrderByDescending(p => _papers.PageRank[p]).ThenBy(p => p)
            .Take(_options.RepresentativePapers).Select(ToClusterPaper).ToArray();

        return new TopicCluster(
            _papers.ClusterIdOf[members[0]],
            ClusterKind.Papers,
            Label(topics, labelEntities, representatives),
            members.Select(p => _index.PaperIds[p]).ToArray(),
            labelEntities,
            topics,
            representatives,
            KeyOfType(scored.Select(t => t.Term), EntityType.Model),
            KeyOfType(scored.Select(t => t.Term), EntityType.Benchmark, EntityType.Dataset),
            KeyOfType(scored.Select(t => t.Term), EntityType.Method));
    }

    public TopicCluster DescribeEntities(int[] members)
    {
        var graph = _entities.Graph;
        var clusterId = _entities.ClusterIdOf[members[0]];
        // A member's weight inside the cluster times the share of its weight that stays inside: hubs linked to everything rank low.
        var cohesion = members.ToDictionary(e => e, e =>
        {
            double inside = 0, total = 0;
            var neighbours = graph.Neighbours(e);
            var weights = graph.NeighbourWeights(e);
            for (var i = 0; i < neighbours.Length; i++)
            {
                total += weights[i];
                if (_entities.ClusterIdOf[neighbours[i]] == clusterId) inside += weights[i];
            }
            return total > 0 ? inside * inside / total : 0;
        });
        // Papers reached through the members' postings: work in the members' mentions, not in the corpus.
        var mentionedMembers = new Dictionary<int, int>();
        foreach (var e in members)
            foreach (var p in _index.PapersOfEntity[e])
                mentionedMembers[p] = mentionedMembers.GetValueOrDefault(p) + 1;
        var papers = mentionedMembers.Keys.Order().ToArray();
        var topics = RankTopics(papers);

        var ordered = members.OrderByDescending(e => cohesion[e]).ThenByDescending(e => _index.PaperCount[e]).ThenBy(e => e).ToArray();
        var labelEntities = ordered.Where(e => Labels(_index.EntityKeys[e], topics)).Take(_options.LabelTerms)
            .Select(e => new LabelTerm(_graph.EntitiesByKey[_index.EntityKeys[e]].Name, cohesion[e], _index.PaperCount[e]))
            .ToArray();
        var representatives = papers.OrderByDescending(p => mentionedMembers[p]).ThenByDescending(p => _papers.PageRank[p]).ThenBy(p => p)
            .Take(_options.RepresentativePapers).Select(ToClusterPaper).ToArray();
        var byCentrality = members.OrderByDescending(e => _entities.PageRank[e]).ThenBy(e => e).Select(e => _index.EntityKeys[e]).ToArray();

        return new TopicCluster(
            clusterId,
            ClusterKind.Entities,
            Label(topics, labelEntities, representatives),
            members.Select(e => _index.EntityKeys[e]).ToArray(),
            labelEntities,
            topics,
            representatives,
            KeyOfType(byCentrality, EntityType.Model),
            KeyOfType(byCentrality, EntityType.Benchmark, EntityType.Dataset),
            KeyOfType(byCentrality, EntityType.Method));
    }

    private IReadOnlyList<LabelTerm> RankTopics(IReadOnlyCollection<int> papers)
    {
        var counts = CountTopics(papers);
        return Distinctiveness.Rank(counts.Select(kv => (kv.Key, kv.Value)), papers.Count,
                t => _papersWithTopic.GetValueOrDefault(t), _graph.Papers.Count, papers.Count >= 3 ? 2 : 1)
            .Take(_options.LabelTerms).ToArray();
    }

    private Dictionary<string, int> CountTopics(IEnumerable<int> papers)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in papers)
            foreach (var topic in _graph.Papers[p].Topics.Distinct())
                counts[topic] = counts.GetValueOrDefault(topic) + 1;
        return counts;
    }

    // The label reads "topic — entity, entity"; a cluster with neither falls back to its most central paper's title.
    private static string Label(IReadOnlyList<LabelTerm> topics, IReadOnlyList<LabelTerm> entities, IReadOnlyList<ClusterPaper> representatives)
    {
        var names = string.Join(", ", entities.Select(t => t.Term));
        if (topics.Count > 0) return names.Length > 0 ? $"{topics[0].Term} — {names}" : topics[0].Term;
        if (names.Length > 0) return names;
        return representatives.Count > 0 ? representatives[0].Title : "(empty)";
    }

    // Metrics (accuracy, FID) are how papers are scored, not what they are about; a topic is not repeated as an entity.
    private bool Labels(string key, IReadOnlyList<LabelTerm> topics)
    {
        var entity = _graph.EntitiesByKey[key];
        return entity.Type != EntityType.Metric
            && (topics.Count == 0 || !string.Equals(entity.Name, topics[0].Term, StringComparison.OrdinalIgnoreCase));
    }

    private int DocumentFrequency(string key) => _index.PaperCount[_entityIndex[key]];

    private LabelTerm Named(LabelTerm term) => term with { Term = _graph.EntitiesByKey[term.Term].Name };

    private ClusterPaper ToClusterPaper(int p) => new(_index.PaperIds[p], _graph.Papers[p].Paper.Title, _papers.PageRank[p]);

    private IReadOnlyList<string> KeyOfType(IEnumerable<string> keysInOrder, params EntityType[] types) =>
        keysInOrder.Select(k => _graph.EntitiesByKey[k]).Where(e => types.Contains(e.Type)).Take(_options.KeyEntities).Select(e => e.Name).ToArray();
}
