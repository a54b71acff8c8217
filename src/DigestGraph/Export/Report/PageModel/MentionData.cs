namespace DigestGraph.Export.Report.PageModel;

/// <summary>An entity a paper mentions; <see cref="Introduced"/> when the paper introduces it.</summary>
public sealed record MentionData(string Key, bool Introduced);
