using DigestGraph.Graph;

namespace DigestGraph.Graph;

/// <summary>
/// Everything one paper adds to the graph: its node, the entities it mentions or relates, its mentions, topic links
/// and relations. The unit of replacement: re-ingesting a changed paper replaces exactly this.
/// </summary>
internal sealed record PaperContribution(
    PaperNode Paper,
    IReadOnlyList<EntityNode> Entities,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<ExportRows.TopicLink> Topics,
    IReadOnlyList<RelationEdge> Relations,
    string Fingerprint)
{
    /// <summary>
    /// Nodes and relationships written for this paper: the paper, its entities and topics (counted each time they are
    /// merged), a MENTIONS per mention plus an INTRODUCES per introduced one, ABOUT links and relations.
    /// </summary>
    public int ElementCount => 1 + Entities.Count + Mentions.Count + Mentions.Count(m => m.Introduced) + 2 * Topics.Count + Relations.Count;
}
