using System.Collections.Frozen;
using DigestGraph.Extract.Lexicon;

namespace DigestGraph.Extract.Topics;

/// <summary>
/// A topic model's words by id, looked up without allocating: a CJK pair by its two characters packed into one int, a
/// Latin word by its span (the dictionary's alternate look-up, ignoring case as the tokens are ASCII letters); title
/// words (<see cref="TopicTokens.TitleMark"/>) in their own tables.
/// </summary>
public sealed class TopicVocabulary
{
    private readonly Dictionary<int, int> _pairs = [];
    private readonly Dictionary<int, int> _titlePairs = [];
    // Every pair either table holds: most pairs of a Chinese text are neither, and a clear bit says so without a look-up.
    private readonly KeyFilter _anyPair = new();
    // Frozen: built once per model and only read, they hash and compare a token in fewer steps than a Dictionary.
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _titleWords;

    public TopicVocabulary(IReadOnlyList<string> words)
    {
        Count = words.Count;
        var plain = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var titled = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var id = 0; id < words.Count; id++)
        {
            var word = words[id];
            var isTitle = word.Length > 0 && word[0] == TopicTokens.TitleMark;
            var token = isTitle ? word[1..] : word;
            var isPair = TopicTokens.IsPair(token);
            if (isPair) _anyPair.Add(Pack(token));
            var added = isPair
                ? (isTitle ? _titlePairs : _pairs).TryAdd(Pack(token), id)
                : (isTitle ? titled : plain).TryAdd(token, id);
            if (!added) throw new ArgumentException($"vocabulary word '{word}' occurs twice");
        }
        _words = plain.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _titleWords = titled.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count { get; }

    /// <summary>
    /// Appends to <paramref name="ids"/> the ids of the words of <paramref name="text"/> not yet <paramref name="seen"/>,
    /// in text order (a title's word as itself, then marked); returns the new count.
    /// </summary>
    private int Collect(ReadOnlySpan<char> text, bool isTitle, Span<bool> seen, Span<int> ids, int count)
    {
        var position = 0;
        while (TopicTokens.Next(text, ref position, out var start, out var length))
        {
            var token = text.Slice(start, length);
            if (length == 2 && TopicTokens.IsPair(token))
            {
                var key = Pack(token);
                if (!_anyPair.MayContain(key)) continue;
                if (_pairs.TryGetValue(key, out var id)) Add(id, seen, ids, ref count);
                if (isTitle && _titlePairs.TryGetValue(key, out id)) Add(id, seen, ids, ref count);
            }
            else
            {
                if (_words.TryGetValue(token, out var id)) Add(id, seen, ids, ref count);
                if (isTitle && _titleWords.TryGetValue(token, out id)) Add(id, seen, ids, ref count);
            }
        }
        return count;
    }

    /// <summary>
    /// Writes into <paramref name="ids"/> the distinct ids of the words of a paper's titles and text, in the order
    /// <see cref="Collect"/> finds them, and returns their count; both spans hold <see cref="Count"/> items, <paramref name="seen"/> cleared.
    /// </summary>
    public int Ids(string title, string? translatedTitle, string text, Span<bool> seen, Span<int> ids)
    {
        var count = Collect(title, isTitle: true, seen, ids, 0);
        if (translatedTitle is not null) count = Collect(translatedTitle, isTitle: true, seen, ids, count);
        return Collect(text, isTitle: false, seen, ids, count);
    }

    private static void Add(int id, Span<bool> seen, Span<int> ids, ref int count)
    {
        if (seen[id]) return;
        seen[id] = true;
        ids[count++] = id;
    }

    private static int Pack(ReadOnlySpan<char> pair) => pair[0] << 16 | pair[1];
}
