using DigestGraph.Extract;
using DigestGraph.Graph;
using DigestGraph.Ingest;

namespace DigestGraph.Tests.Query;

/// <summary>Hand-made knowledge graphs: entities by name (key = lower-case name), papers with what they mention, relations.</summary>
internal sealed class HandGraph
{
    private readonly List<PaperNode> _papers = [];
    private readonly Dictionary<string, EntityNode> _entities = [];
    private readonly List<Mention> _mentions = [];
    private readonly List<RelationEdge> _relations = [];

    public HandGraph Entity(string name, EntityType type = EntityType.Model, params string[] aliases)
    {
        _entities[Key(name)] = new EntityNode(Key(name), name, [type], aliases);
        return this;
    }

    /// <summary>A paper whose abstract names what it mentions, one sentence each; topics as given.</summary>
    public HandGraph Paper(string id, string[] mentions, string[]? topics = null, string[]? introduces = null)
    {
        var text = string.Join(" ", mentions.Select(m => $"We study {m}."));
        _papers.Add(new PaperNode(new Paper(id, $"Paper {id}", null, $"https://arxiv.org/abs/{id}", text, [], new SourceLocation("hand.md", _papers.Count + 1)),
            topics ?? [], topics?.FirstOrDefault()));
        foreach (var m in mentions)
        {
            if (!_entities.ContainsKey(Key(m))) Entity(m);
            _mentions.Add(new Mention(id, Key(m), introduces?.Contains(m) == true) { Evidence = $"We study {m}." });
        }
        return this;
    }

    public HandGraph Relation(RelationType type, string source, string target, string paper, string? value = null, string? metric = null)
    {
        foreach (var name in new[] { source, target })
            if (!_entities.ContainsKey(Key(name))) Entity(name);
        _relations.Add(new RelationEdge(type, Key(source), Key(target), paper, $"{source} {type.Name()} {target} ({paper}).") { Value = value, Metric = metric });
        return this;
    }

    public KnowledgeGraph Build()
    {
        // Relations name their paper: one that was not added mentions both ends.
        foreach (var stated in _relations.Where(r => _papers.All(p => p.Id != r.PaperId)).GroupBy(r => r.PaperId).ToArray())
            Paper(stated.Key, stated.SelectMany(r => new[] { _entities[r.SourceKey].Name, _entities[r.TargetKey].Name }).Distinct().ToArray());
        return new KnowledgeGraph(_papers, _entities.Values.OrderBy(e => e.Key, StringComparer.Ordinal).ToArray(), _mentions, _relations);
    }

    public KnowledgeGraphView View() => KnowledgeGraphView.From(Build());

    private static string Key(string name) => NameFolding.Fold(name);
}
