namespace DigestGraph.Export.Report.PageModel;

/// <summary>A paper card: the paper, its topics, the entities it mentions (relations are found by paper id), and its cluster and PageRank from analysis.</summary>
internal sealed record PaperData(
    string Id,
    string Title,
    string? TranslatedTitle,
    string Url,
    string Abstract,
    IReadOnlyList<string> Topics,
    string? PrimaryTopic,
    IReadOnlyList<MentionData> Mentions,
    string? Cluster,
    double? PageRank);
