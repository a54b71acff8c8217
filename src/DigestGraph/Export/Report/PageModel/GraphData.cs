namespace DigestGraph.Export.Report.PageModel;

/// <summary>The interactive graph's elements; <see cref="OmittedNodes"/> counts what a large graph left out.</summary>
internal sealed record GraphData(IReadOnlyList<GraphNodeData> Nodes, IReadOnlyList<GraphEdgeData> Edges, int OmittedNodes);
