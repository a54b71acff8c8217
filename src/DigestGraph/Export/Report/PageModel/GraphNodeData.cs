namespace DigestGraph.Export.Report.PageModel;

/// <summary>A node of the drawn graph. <see cref="Kind"/> is cluster, topic, paper or entity; <see cref="Ref"/> the id it shows.</summary>
internal sealed record GraphNodeData(string Id, string Kind, string Ref, string Label, string? Type, double Weight);
