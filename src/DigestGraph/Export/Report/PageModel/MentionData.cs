namespace DigestGraph.Export.Report.PageModel;

/// <summary>An entity a paper mentions (<see cref="Introduced"/> when the paper introduces it) and the sentence that does.</summary>
internal sealed record MentionData(string Key, bool Introduced, string? Evidence);
