using DigestGraph.Extract.Text;
using DigestGraph.Graph;

namespace DigestGraph.Query;

/// <summary>
/// The sentence of a paper that mentions an entity: the first abstract sentence holding its name or an alias, else the
/// title when that holds it. graph.json keeps mentions without their sentence; ask shows it as the evidence of a mention step.
/// </summary>
internal sealed class MentionEvidence(PaperNode paper)
{
    private readonly string[] _sentences = SentenceSplitter.Split(paper.Paper.Abstract).Select(s => s.TextOf(paper.Paper.Abstract)).ToArray();

    public string? Find(EntityNode entity)
    {
        var names = entity.Aliases.Prepend(entity.Name).Where(n => n.Length > 0).ToArray();
        bool Holds(string text) => names.Any(n => text.Contains(n, StringComparison.OrdinalIgnoreCase));
        return _sentences.FirstOrDefault(Holds) ?? (Holds(paper.Paper.Title) ? paper.Paper.Title : null);
    }
}
