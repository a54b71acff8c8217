using DigestGraph.Ingest;

namespace DigestGraph.Tests.Ingest;

/// <summary>Every field of a paper as one comparable value (records compare their lists by reference).</summary>
internal static class PaperSnapshot
{
    public static string Of(Paper p) => string.Join(" | ",
        p.Id, p.Title, p.TranslatedTitle, p.Url, p.Abstract, string.Join(",", p.CodeLinks), p.Source,
        string.Join(",", p.Categories), p.UpdateDate);

    public static string[] Of(IEnumerable<Paper> papers) => papers.Select(Of).ToArray();
}
