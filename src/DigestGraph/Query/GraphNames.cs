using DigestGraph.Extract;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Graph;
using Quickenshtein;

namespace DigestGraph.Query;

/// <summary>
/// Finds entities and topics by name as a Neo4j Browser user types them: case, spacing and hyphens folded
/// (<see cref="NameFolding"/>), an alias finding its entity; for a name that finds nothing, the nearest names.
/// </summary>
public sealed class GraphNames
{
    private const int Suggestions = 5;
    private readonly FoldedLookup<List<EntityNode>> _entities = new();
    private readonly FoldedLookup<string> _topics = new();
    private readonly KnowledgeGraphView _view;

    public GraphNames(KnowledgeGraphView view)
    {
        _view = view;
        foreach (var entity in view.Source.Entities)
            foreach (var name in entity.Aliases.Prepend(entity.Name))
            {
                if (NameFolding.FoldsToNothing(name)) continue;
                if (!_entities.TryGetValue(name, out var list))
                {
                    list = [];
                    _entities.TryAdd(name, list);
                }
                if (!list.Contains(entity)) list.Add(entity);
            }
        foreach (var topic in view.Topics) _topics.TryAdd(topic.Id, topic.Id);
    }

    /// <summary>The entities a typed name denotes (by name or alias), in key order; a note with the nearest names when none.</summary>
    public IReadOnlyList<EntityNode> Entities(string? typed, ICollection<string> notes)
    {
        if (typed is not null && _entities.TryGetValue(typed, out var found))
            return found.OrderBy(e => e.Key, StringComparer.Ordinal).ToArray();
        notes.Add($"no entity named '{typed}'{Nearest(typed, _view.Source.Entities.SelectMany(e => e.Aliases.Prepend(e.Name)))}");
        return [];
    }

    /// <summary>The topic a typed name denotes, or null with a note.</summary>
    public string? Topic(string typed, ICollection<string> notes)
    {
        if (_topics.TryGetValue(typed, out var topic)) return topic;
        notes.Add($"no topic named '{typed}'{Nearest(typed, _view.Topics.Select(t => t.Id))}");
        return null;
    }

    /// <summary>The paper with this arXiv id, or null with a note.</summary>
    public PaperNode? Paper(string? id, ICollection<string> notes)
    {
        if (id is not null && _view.Source.PapersById.TryGetValue(id, out var paper)) return paper;
        notes.Add($"no paper with id '{id}'{Nearest(id, _view.Source.Papers.Select(p => p.Id))}");
        return null;
    }

    /// <summary>The names closest to the typed one by edit distance of their foldings (ties in name order).</summary>
    private static string Nearest(string? typed, IEnumerable<string> names)
    {
        if (string.IsNullOrEmpty(typed)) return "";
        var folded = NameFolding.Fold(typed);
        var nearest = names
            .Distinct(StringComparer.Ordinal)
            .Select(n => (Name: n, Distance: Levenshtein.GetDistance(folded, NameFolding.Fold(n))))
            .OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(Suggestions)
            .Select(x => x.Name)
            .ToArray();
        return nearest.Length == 0 ? "" : $"; nearest: {string.Join(", ", nearest)}";
    }
}
