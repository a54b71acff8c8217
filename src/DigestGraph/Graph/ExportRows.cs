using DigestGraph.Extract;
using DigestGraph.Graph;

namespace DigestGraph.Graph;

/// <summary>
/// The graph's edges in the fixed order every exporter writes them (so that output is byte-identical between runs),
/// with typed relations reduced to one per (type, source, target, paper), as in the Neo4j model.
/// </summary>
public static class ExportRows
{
    /// <summary>A paper's link to a topic.</summary>
    public sealed record TopicLink(string PaperId, string Topic, bool Primary);

    public static IReadOnlyList<Mention> Mentions(KnowledgeGraph graph)
    {
        var paperOrder = PaperOrder(graph);
        return graph.Mentions
            .Where(m => paperOrder.ContainsKey(m.PaperId) && graph.EntitiesByKey.ContainsKey(m.EntityKey))
            .OrderBy(m => paperOrder[m.PaperId])
            .ThenBy(m => m.EntityKey, StringComparer.Ordinal)
            .ToArray();
    }

    public static IReadOnlyList<RelationEdge> Relations(KnowledgeGraph graph)
    {
        var paperOrder = PaperOrder(graph);
        return graph.Relations
            .Where(r => graph.EntitiesByKey.ContainsKey(r.SourceKey) && graph.EntitiesByKey.ContainsKey(r.TargetKey))
            .OrderBy(r => r.Type)
            .ThenBy(r => r.SourceKey, StringComparer.Ordinal)
            .ThenBy(r => r.TargetKey, StringComparer.Ordinal)
            .ThenBy(r => paperOrder.GetValueOrDefault(r.PaperId, int.MaxValue))
            .ThenBy(r => r.PaperId, StringComparer.Ordinal)
            .ThenBy(r => r.Evidence, StringComparer.Ordinal)
            .DistinctBy(r => (r.Type, r.SourceKey, r.TargetKey, r.PaperId))
            .ToArray();
    }

    /// <summary>Every topic a paper is about; the primary topic counts even when the topic list leaves it out.</summary>
    public static IReadOnlyList<TopicLink> TopicLinks(KnowledgeGraph graph) => graph.Papers.SelectMany(TopicLinks).ToArray();

    /// <summary>The topics one paper is about, in the order <see cref="TopicLinks(KnowledgeGraph)"/> lists them.</summary>
    public static IEnumerable<TopicLink> TopicLinks(PaperNode paper)
    {
        // A paper has a few topics: scanning the earlier ones drops a repeat without a set per paper (loading graph.json
        // calls this once per paper).
        var topics = paper.Topics;
        for (var i = 0; i <= topics.Count; i++)
        {
            var topic = i < topics.Count ? topics[i] : paper.PrimaryTopic;
            if (string.IsNullOrEmpty(topic) || IndexOf(topics, topic, i) >= 0) continue;
            yield return new TopicLink(paper.Id, topic, topic == paper.PrimaryTopic);
        }
    }

    /// <summary>Where <paramref name="topic"/> is among the first <paramref name="count"/> topics; -1 when not there.</summary>
    private static int IndexOf(IReadOnlyList<string> topics, string topic, int count)
    {
        for (var j = 0; j < Math.Min(count, topics.Count); j++)
            if (string.Equals(topics[j], topic, StringComparison.Ordinal)) return j;
        return -1;
    }

    public static IReadOnlyList<string> Topics(KnowledgeGraph graph) =>
        TopicLinks(graph).Select(l => l.Topic).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>A list property as Neo4j stores it: no property for an empty list (a bulk import's CSV cannot hold one).</summary>
    public static IReadOnlyList<string>? ListOrAbsent(IReadOnlyList<string> list) => list.Count == 0 ? null : list;

    /// <summary>How a paper's source is written: <c>file:line</c>.</summary>
    public static string Source(PaperNode paper) => paper.Paper.Source.ToString();

    private static Dictionary<string, int> PaperOrder(KnowledgeGraph graph) =>
        graph.Papers.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
}
