using DigestGraph.Export;
using DigestGraph.Neo4j;

namespace DigestGraph.Pipeline;

/// <summary>The file formats a build writes, from both output folders (Export/ files and Neo4j/ scripts).</summary>
internal static class OutputFormats
{
    /// <summary>graph.json, graph.graphml and graph.cypher, in this order.</summary>
    public static IReadOnlyList<IGraphExporter> GraphFiles() => [new GraphJsonExporter(), new GraphMlExporter(), new CypherScriptExporter()];
}
