namespace DigestGraph.Extract.Lexicon;

/// <summary>A set of words compared after <see cref="NameFolding"/> (generic nouns, stop words).</summary>
public sealed class TermSet
{
    private readonly FoldedLookup<bool> _folded = new();

    public TermSet(IEnumerable<string> terms)
    {
        foreach (var term in terms)
            if (NameFolding.Fold(term).Length > 0) _folded.TryAdd(term, true);
    }

    public bool Contains(ReadOnlySpan<char> term) => _folded.ContainsKey(term);
}
