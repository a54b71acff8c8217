using DigestGraph.Extract;

namespace DigestGraph.Graph;

/// <summary>
/// The spelling of every node label and relationship type the graph is written with: the Neo4j statements, the Cypher
/// script, the neo4j-admin CSV files, GraphML, the report and the saved questions. Relation types are spelled by
/// <see cref="RelationTypeNames"/>, which stays in Extract because extraction records and gold files use the same
/// names and Extract may not import Graph.
/// </summary>
internal static class GraphVocabulary
{
    public const string Paper = "Paper";
    public const string Entity = "Entity";
    public const string Topic = "Topic";

    /// <summary>The label of the analysis' clusters, which only the analysis write-back and the report draw.</summary>
    public const string Cluster = "Cluster";

    public const string Mentions = "MENTIONS";
    public const string Introduces = "INTRODUCES";
    public const string About = "ABOUT";
    public const string InCluster = "IN_CLUSTER";

    private static readonly string[] EntityTypeLabels = Enum.GetValues<EntityType>().Select(t => t.ToString()).ToArray();

    /// <summary>Every node label: the node kinds, then one per <see cref="EntityType"/> (an entity carries each type it was given).</summary>
    public static IReadOnlySet<string> Labels { get; } =
        new HashSet<string>([Paper, Entity, Topic, Cluster, .. EntityTypeLabels], StringComparer.Ordinal);

    /// <summary>Every relationship type: the links of papers, the analysis' cluster membership and the relation types.</summary>
    public static IReadOnlySet<string> RelationshipTypes { get; } =
        new HashSet<string>([Mentions, Introduces, About, InCluster, .. RelationTypeNames.All], StringComparer.Ordinal);

    /// <summary>The label an entity of <paramref name="type"/> carries beside <see cref="Entity"/>: <c>Model</c> for <see cref="EntityType.Model"/>.</summary>
    public static string Label(EntityType type) => EntityTypeLabels[(int)type];
}
