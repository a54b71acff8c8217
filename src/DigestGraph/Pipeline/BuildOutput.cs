using DigestGraph.Analyse;
using DigestGraph.Neo4j;

namespace DigestGraph.Pipeline;

/// <summary>What a build made: the analysis, the files written, and with Neo4j what was written there and the stored union's analysis.</summary>
public sealed record BuildOutput(ClusterAnalysisResult Analysis, IReadOnlyList<string> Written, WriteSummary? Neo4j, ClusterAnalysisResult? Stored);
