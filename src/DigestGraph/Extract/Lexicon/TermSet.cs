namespace DigestGraph.Extract.Lexicon;

/// <summary>A set of words compared after <see cref="NameFolding"/> (generic nouns, stop words).</summary>
public sealed class TermSet(IEnumerable<string> terms)
{
    private readonly HashSet<string> _folded = terms.Select(NameFolding.Fold).Where(f => f.Length > 0).ToHashSet(StringComparer.Ordinal);

    public bool Contains(string term) => _folded.Contains(NameFolding.Fold(term));
}
