namespace DigestGraph.Extract.Lexicon;

/// <summary>The cue lists of <c>relation_cues.json</c>, one <see cref="CueList"/> per kind.</summary>
public sealed class RelationCues
{
    private readonly Dictionary<string, CueList> _lists;

    public RelationCues(IReadOnlyDictionary<string, IEnumerable<string>> lists) =>
        _lists = lists.ToDictionary(kv => kv.Key, kv => new CueList(kv.Value), StringComparer.Ordinal);

    public static RelationCues Default { get; } = Load();

    public CueList this[string kind] =>
        _lists.TryGetValue(kind, out var list) ? list : throw new KeyNotFoundException($"relation_cues.json has no \"{kind}\" list");

    private static RelationCues Load()
    {
        var root = EmbeddedData.ReadJson("relation_cues.json").AsObject();
        return new RelationCues(root
            .Where(kv => !kv.Key.StartsWith('_'))
            .ToDictionary(kv => kv.Key, kv => (kv.Value?.AsArray() ?? []).Select(c => (string)c!)));
    }
}
