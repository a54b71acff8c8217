using DigestGraph.Analyse;

namespace DigestGraph.Pipeline;

/// <summary>What a clusters run made: the analysis, its agreement with gold topics when asked for, and the files written.</summary>
public sealed record ClustersOutput(ClusterAnalysisResult Result, TopicAgreement? Agreement, IReadOnlyList<string> Written);
