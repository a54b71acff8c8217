using DigestGraph.Graph;

namespace DigestGraph.Store;

/// <summary>
/// Everything one paper adds to the graph: its node, the entities it mentions or relates, its mentions, topics and
/// relations. The unit of replacement: re-ingesting a changed paper replaces exactly this.
/// </summary>
public sealed record PaperContribution(
    PaperNode Paper,
    IReadOnlyList<EntityNode> Entities,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<RelationEdge> Relations,
    string Fingerprint)
{
    /// <summary>Nodes and relationships written for this paper (entities and topics counted each time they are merged).</summary>
    public int ElementCount => 1 + Entities.Count + Mentions.Count + 2 * Paper.Topics.Count + Relations.Count;
}
