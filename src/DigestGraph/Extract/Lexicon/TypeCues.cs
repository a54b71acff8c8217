using System.Text.Json.Nodes;

namespace DigestGraph.Extract.Lexicon;

/// <summary>Nouns that give a name its type, after it (<c>X 数据集</c>) or before it (<c>数据集 X</c>); from <c>type_cues.json</c>.</summary>
public sealed class TypeCues
{
    // Cues by the character (upper case, as OrdinalIgnoreCase compares) they start or end with, longest first: a
    // position is compared only with the cues that can start or end there.
    private readonly Dictionary<char, (string Cue, EntityType Type)[]> _afterByFirst;
    private readonly Dictionary<char, (string Cue, EntityType Type)[]> _afterByLast;
    private readonly Dictionary<char, (string Cue, EntityType Type)[]> _beforeByLast;

    private readonly (string Cue, EntityType Type, StringComparison Comparison)[] _selfReference;

    public TypeCues(IEnumerable<(string, EntityType)> after, IEnumerable<(string, EntityType)> before, IEnumerable<(string, EntityType)> selfReference)
    {
        var afterCues = after.OrderByDescending(c => c.Item1.Length).ToArray();
        _afterByFirst = ByChar(afterCues, c => c[0]);
        _afterByLast = ByChar(afterCues, c => c[^1]);
        _beforeByLast = ByChar(before.OrderByDescending(c => c.Item1.Length), c => c[^1]);
        // A cue without letters that have case ("我们的模型") is found by the faster ordinal search, with the same result.
        _selfReference = selfReference.OrderByDescending(c => c.Item1.Length)
            .Select(c => (c.Item1, c.Item2, c.Item1.All(ch => char.ToUpperInvariant(ch) == ch && char.ToLowerInvariant(ch) == ch)
                ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
            .ToArray();
    }

    private static Dictionary<char, (string Cue, EntityType Type)[]> ByChar(IEnumerable<(string Cue, EntityType Type)> cues, Func<string, char> pick) =>
        cues.GroupBy(c => char.ToUpperInvariant(pick(c.Cue))).ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>The type a noun ending at <paramref name="end"/> names ("医学基准（…": Benchmark).</summary>
    public EntityType? NounEndingAt(string text, int end) => Find(_afterByLast, text, end, atEnd: true);

    /// <summary>How the paper refers to its own system ("我们的模型" → Model, "our framework" → Method), each time it does.</summary>
    public IEnumerable<EntityType> SelfReferences(string text)
    {
        foreach (var (cue, type, comparison) in _selfReference)
        {
            var at = 0;
            while ((at = text.IndexOf(cue, at, comparison)) >= 0)
            {
                yield return type;
                at += cue.Length;
            }
        }
    }

    public static TypeCues Default { get; } = Load();

    /// <summary>The type named by a cue starting at <paramref name="position"/>; Latin cues must be whole words.</summary>
    public EntityType? AfterAt(string text, int position) => Find(_afterByFirst, text, position, atEnd: false);

    /// <summary>The type named by a cue ending at <paramref name="end"/>.</summary>
    public EntityType? BeforeAt(string text, int end) => Find(_beforeByLast, text, end, atEnd: true);

    /// <summary>Every type cue in [start, end) with its position, left to right.</summary>
    public IEnumerable<(int Position, EntityType Type)> FindAll(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var t = AfterAt(text, i);
            if (t is not null) yield return (i, t.Value);
        }
    }

    private static EntityType? Find(Dictionary<char, (string Cue, EntityType Type)[]> index, string text, int at, bool atEnd)
    {
        var keyAt = atEnd ? at - 1 : at;
        if (keyAt < 0 || keyAt >= text.Length || !index.TryGetValue(Text.InvariantCase.ToUpper(text[keyAt]), out var cues)) return null;
        foreach (var (cue, type) in cues)
        {
            var start = atEnd ? at - cue.Length : at;
            if (start < 0 || start + cue.Length > text.Length) continue;
            if (!text.AsSpan(start, cue.Length).Equals(cue, StringComparison.OrdinalIgnoreCase)) continue;
            if (Text.CharClass.IsLatinLetter(cue[^1]) && start + cue.Length < text.Length && Text.CharClass.IsNameChar(text[start + cue.Length])) continue;
            if (Text.CharClass.IsLatinLetter(cue[0]) && start > 0 && Text.CharClass.IsNameChar(text[start - 1])) continue;
            return type;
        }
        return null;
    }

    private static TypeCues Load()
    {
        var root = EmbeddedData.ReadJson("type_cues.json");
        return new TypeCues(Read(root["after"]), Read(root["before"]), Read(root["self_reference"]));
    }

    private static IEnumerable<(string, EntityType)> Read(JsonNode? section) =>
        section is JsonObject o
            ? o.SelectMany(kv => (kv.Value?.AsArray() ?? []).Select(c => ((string)c!, Enum.Parse<EntityType>(kv.Key))))
            : [];
}
