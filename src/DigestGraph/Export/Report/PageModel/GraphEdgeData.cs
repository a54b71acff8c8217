namespace DigestGraph.Export.Report.PageModel;

/// <summary>An edge of the drawn graph; <see cref="Kind"/> is a relation type, MENTIONS, INTRODUCES, ABOUT or IN_CLUSTER.</summary>
internal sealed record GraphEdgeData(string Source, string Target, string Kind);
