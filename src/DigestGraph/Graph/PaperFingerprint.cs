using DigestGraph.Extract;
using System.Security.Cryptography;
using System.Text;
using DigestGraph.Graph;

namespace DigestGraph.Graph;

/// <summary>
/// A hash of everything a paper contributes, stored on the Paper node: an unchanged paper is skipped on the next run,
/// a changed one has its old contribution replaced.
/// </summary>
internal static class PaperFingerprint
{
    private const char Field = '\u001f';
    private const char Record = '\u001e';

    public static string Compute(
        PaperNode paper, IEnumerable<EntityNode> entities, IEnumerable<Mention> mentions,
        IEnumerable<ExportRows.TopicLink> topics, IEnumerable<RelationEdge> relations)
    {
        var text = new StringBuilder("v2");
        void Add(params object?[] fields)
        {
            text.Append(Record);
            foreach (var f in fields) text.Append(f).Append(Field);
        }

        var p = paper.Paper;
        Add(p.Id, p.Title, p.TranslatedTitle, p.Url, p.Abstract, p.Source, string.Join(Field, p.CodeLinks));
        foreach (var e in entities) Add("entity", e.Key, e.Name, string.Join(Field, e.Types), string.Join(Field, e.Aliases));
        foreach (var m in mentions) Add("mention", m.EntityKey, m.Introduced);
        foreach (var t in topics) Add("topic", t.Topic, t.Primary);
        foreach (var r in relations) Add("relation", r.Type.Name(), r.SourceKey, r.TargetKey, r.Evidence, r.Metric, r.Value);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
