using DigestGraph.Extract;
using DigestGraph.Extract.Lexicon;

namespace DigestGraph.Graph;

/// <summary>
/// Merges per-paper extractions into one graph: an entity seen in two papers (by name or any alias, after folding)
/// becomes one node; a sized or versioned model gets a VARIANT_OF edge to its family. <paramref name="lexicon"/> is the
/// one the extractor used: it tells which first word of a name is an organization ("OpenAI o1" is "o1").
/// </summary>
internal sealed class GraphBuilder(EntityLexicon lexicon)
{
    private sealed class EntityAccumulator(string key, string name)
    {
        public string Key { get; } = key;
        public string Name { get; } = name;
        public Dictionary<EntityType, int> TypeVotes { get; } = [];
        public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);
    }

    private readonly Dictionary<string, EntityAccumulator> _byKey = new(StringComparer.Ordinal);
    // Every name and alias seen, by its folding: looked up for each name of each paper, folded on the stack.
    private readonly FoldedLookup<string> _keyByFold = new();
    private readonly List<PaperNode> _papers = [];
    private readonly HashSet<string> _paperIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(string PaperId, string Key), (bool Introduced, string? Evidence)> _mentions = [];
    private readonly HashSet<RelationEdge> _relations = [];
    private readonly Dictionary<string, string> _firstPaper = new(StringComparer.Ordinal);

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
            foreach (var alias in entity.Aliases) AddName(acc, alias);
            AddName(acc, entity.Name);
            keyByLocalName[entity.Name] = key;
            _firstPaper.TryAdd(key, paper.Id);
            var seen = _mentions.GetValueOrDefault((paper.Id, key));
            _mentions[(paper.Id, key)] = (seen.Introduced || entity.Introduced, seen.Evidence ?? entity.Evidence);

            if (entity.Type == EntityType.Model && ModelFamily.TryGetFamily(entity.Name, out var family))
            {
                var familyKey = Resolve(family, []);
                if (familyKey is not null && familyKey != key)
                {
                    _byKey[familyKey].TypeVotes.TryAdd(EntityType.Model, 0);
                    _relations.Add(new RelationEdge(RelationType.VariantOf, key, familyKey, paper.Id, entity.Evidence ?? entity.Name));
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

    private void AddName(EntityAccumulator acc, string name)
    {
        if (name != acc.Name) acc.Aliases.Add(name);
        if (!_keyByFold.ContainsKey(name)) _keyByFold.TryAdd(name, acc.Key);
    }

    public GraphBuilder AddRange(IEnumerable<PaperExtraction> extractions)
    {
        foreach (var e in extractions) Add(e);
        return this;
    }

    public KnowledgeGraph Build()
    {
        LinkVersionFamilies();
        var entities = _byKey.Values
            .Select(a => new EntityNode(
                a.Key,
                a.Name,
                a.TypeVotes.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => kv.Key).ToArray(),
                a.Aliases.ToArray()))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToArray();
        var mentions = _mentions.Select(kv => new Mention(kv.Key.PaperId, kv.Key.Key, kv.Value.Introduced) { Evidence = kv.Value.Evidence }).ToArray();
        return new KnowledgeGraph(_papers.ToArray(), entities, mentions, _relations.ToArray());
    }

    /// <summary>"Claude 3.5" → "Claude" when the graph has "Claude": a version links to a family that is there.</summary>
    private void LinkVersionFamilies()
    {
        var linked = _relations.Where(r => r.Type == RelationType.VariantOf).Select(r => r.SourceKey).ToHashSet(StringComparer.Ordinal);
        foreach (var acc in _byKey.Values.ToArray())
        {
            if (linked.Contains(acc.Key) || !acc.TypeVotes.ContainsKey(EntityType.Model)) continue;
            if (!ModelFamily.TryGetVersionFamily(acc.Name, out var family)) continue;
            if (!_keyByFold.TryGetValue(family, out var familyKey) || familyKey == acc.Key) continue;
            var paper = _firstPaper.GetValueOrDefault(acc.Key);
            if (paper is not null) _relations.Add(new RelationEdge(RelationType.VariantOf, acc.Key, familyKey, paper, acc.Name));
        }
    }

    /// <summary>
    /// The node a name denotes: its folded name, the name without a known organization in front ("OpenAI o1" is "o1"),
    /// or one of its aliases, unless the alias's node is another size or version ("InternVL2-8B" is not "InternVL2-76B").
    /// </summary>
    private string? Resolve(string name, IReadOnlyList<string> aliases)
    {
        if (NameFolding.FoldsToNothing(name)) return null;
        if (_keyByFold.TryGetValue(name, out var key)) return key;
        var bare = WithoutOrganization(name);
        if (bare is not null && _keyByFold.TryGetValue(bare, out key)) return key;
        foreach (var alias in aliases)
        {
            if (!_keyByFold.TryGetValue(alias, out key)) continue;
            var mark = ModelFamily.VariantMark(name);
            var other = ModelFamily.VariantMark(_byKey[key].Name);
            if (mark is not null && other is not null && mark != other) continue;
            return key;
        }
        // "OpenAI o1" seen first is the node "o1", so that a later bare "o1" finds it.
        if (bare is not null && NameFolding.Fold(bare) is { Length: > 0 } bareFold)
        {
            _byKey[bareFold] = new EntityAccumulator(bareFold, bare);
            _keyByFold.TryAdd(bare, bareFold);
            _keyByFold.TryAdd(name, bareFold);
            return bareFold;
        }
        var fold = NameFolding.Fold(name);
        _byKey[fold] = new EntityAccumulator(fold, name);
        _keyByFold.TryAdd(name, fold);
        return fold;
    }

    /// <summary>The name without a known organization in front, unless only a size would be left ("Mistral 7B" stays).</summary>
    private string? WithoutOrganization(string name)
    {
        var space = name.IndexOf(' ');
        if (space <= 0) return null;
        var rest = name[(space + 1)..];
        return lexicon.TryFind(name.AsSpan(0, space), out var e) && e.Type == EntityType.Organization
               && !ModelFamily.IsSizeOnly(rest)
            ? rest
            : null;
    }
}
