using DigestGraph.Extract;

namespace DigestGraph.Graph;

/// <summary>
/// Merges per-paper extractions into one graph: an entity seen in two papers (by name or any alias, after folding)
/// becomes one node; a sized or versioned model gets a VARIANT_OF edge to its family.
/// </summary>
public sealed class GraphBuilder
{
    private sealed class EntityAccumulator(string key, string name)
    {
        public string Key { get; } = key;
        public string Name { get; } = name;
        public Dictionary<EntityType, int> TypeVotes { get; } = [];
        public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);
    }

    private readonly Dictionary<string, EntityAccumulator> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _keyByFold = new(StringComparer.Ordinal);
    private readonly List<PaperNode> _papers = [];
    private readonly HashSet<string> _paperIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(string PaperId, string Key), bool> _introduced = [];
    private readonly HashSet<RelationEdge> _relations = [];

    public GraphBuilder Add(PaperExtraction extraction)
    {
        var paper = extraction.Paper;
        if (!_paperIds.Add(paper.Id)) return this;
        _papers.Add(new PaperNode(paper, extraction.Topics, extraction.PrimaryTopic));

        var keyByLocalName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in extraction.Entities)
        {
            var key = Resolve(entity.Name, entity.Aliases);
            if (key is null) continue;
            var acc = _byKey[key];
            foreach (var t in entity.Types.Count > 0 ? entity.Types : [entity.Type])
                acc.TypeVotes[t] = acc.TypeVotes.GetValueOrDefault(t) + 1;
            foreach (var alias in entity.Aliases.Append(entity.Name))
            {
                if (alias != acc.Name) acc.Aliases.Add(alias);
                _keyByFold.TryAdd(NameFolding.Fold(alias), key);
            }
            keyByLocalName[entity.Name] = key;
            _introduced[(paper.Id, key)] = _introduced.GetValueOrDefault((paper.Id, key)) || entity.Introduced;

            if (entity.Type == EntityType.Model && ModelFamily.TryGetFamily(entity.Name, out var family))
            {
                var familyKey = Resolve(family, []);
                if (familyKey is not null && familyKey != key)
                {
                    _byKey[familyKey].TypeVotes.TryAdd(EntityType.Model, 0);
                    _relations.Add(new RelationEdge(RelationType.VARIANT_OF, key, familyKey, paper.Id, entity.Evidence ?? entity.Name));
                }
            }
        }

        foreach (var r in extraction.Relations)
        {
            if (!keyByLocalName.TryGetValue(r.Source, out var s) || !keyByLocalName.TryGetValue(r.Target, out var t) || s == t)
                continue;
            _relations.Add(new RelationEdge(r.Type, s, t, paper.Id, r.Evidence) { Metric = r.Metric, Value = r.Value });
        }
        return this;
    }

    public GraphBuilder AddRange(IEnumerable<PaperExtraction> extractions)
    {
        foreach (var e in extractions) Add(e);
        return this;
    }

    public KnowledgeGraph Build()
    {
        var entities = _byKey.Values
            .Select(a => new EntityNode(
                a.Key,
                a.Name,
                a.TypeVotes.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => kv.Key).ToArray(),
                a.Aliases.ToArray()))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToArray();
        var mentions = _introduced.Select(kv => new Mention(kv.Key.PaperId, kv.Key.Key, kv.Value)).ToArray();
        return new KnowledgeGraph(_papers.ToArray(), entities, mentions, _relations.ToArray());
    }

    private string? Resolve(string name, IReadOnlyList<string> aliases)
    {
        var fold = NameFolding.Fold(name);
        if (fold.Length == 0) return null;
        if (_keyByFold.TryGetValue(fold, out var key)) return key;
        foreach (var alias in aliases)
            if (_keyByFold.TryGetValue(NameFolding.Fold(alias), out key)) return key;
        _byKey[fold] = new EntityAccumulator(fold, name);
        _keyByFold[fold] = fold;
        return fold;
    }
}
