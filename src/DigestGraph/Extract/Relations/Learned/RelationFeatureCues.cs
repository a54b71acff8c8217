using DigestGraph.Extract.Lexicon;

namespace DigestGraph.Extract.Relations.Learned;

/// <summary>
/// The cue lists of <c>relation_feature_cues.json</c> merged into one scan: each cue found carries the set of lists it
/// belongs to (a bit per list), so a sentence is read once for every list.
/// </summary>
public sealed class RelationFeatureCues
{
    private const string File = "relation_feature_cues.json";
    private readonly CueList _all;
    // A cue's lists by the cue as the scan returns it (the very key merged below ignoring case): an ordinal look-up.
    private readonly Dictionary<string, uint> _bits;

    public RelationFeatureCues(IReadOnlyList<(string Name, IReadOnlyList<string> Cues)> lists)
    {
        if (lists.Count > 32) throw new ArgumentException($"{File}: at most 32 cue lists, found {lists.Count}");
        Names = lists.Select(l => l.Name).ToArray();
        var merged = new Dictionary<string, uint>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < lists.Count; i++)
            foreach (var cue in lists[i].Cues)
                merged[cue] = merged.GetValueOrDefault(cue) | 1u << i;
        _all = new CueList(merged.Keys);
        _bits = new Dictionary<string, uint>(merged, StringComparer.Ordinal);
    }

    public static RelationFeatureCues Default { get; } = Load();

    /// <summary>The lists' names, in file order (a list's bit is its index).</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The bit of the list named <paramref name="name"/>.</summary>
    public uint Bit(string name)
    {
        for (var i = 0; i < Names.Count; i++)
            if (Names[i] == name) return 1u << i;
        throw new KeyNotFoundException($"{File} has no \"{name}\" list");
    }

    /// <summary>Every cue in [<paramref name="start"/>, <paramref name="end"/>) with the lists it belongs to, left to right.</summary>
    public void Scan(string text, int start, int end, List<CueHit> into)
    {
        var position = start;
        while (_all.Next(text, ref position, end) is { } cue)
        {
            into.Add(new CueHit(position, position + cue.Length, _bits[cue]));
            position += cue.Length;
        }
    }

    private static RelationFeatureCues Load()
    {
        var root = EmbeddedData.ReadJson(File).AsObject();
        return new RelationFeatureCues(root
            .Where(kv => !kv.Key.StartsWith('_'))
            .Select(kv => (kv.Key, (IReadOnlyList<string>)(kv.Value?.AsArray() ?? []).Select(c => (string)c!).ToArray()))
            .ToArray());
    }
}
