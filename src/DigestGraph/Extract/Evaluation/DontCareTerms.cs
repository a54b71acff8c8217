using DigestGraph.Extract.Lexicon;

namespace DigestGraph.Extract.Evaluation;

/// <summary>The guideline's "don't care" technique terms, folded; loaded from the embedded <c>dont_care.json</c>.</summary>
public sealed class DontCareTerms(IEnumerable<string> terms)
{
    private readonly TermSet _terms = new(terms);

    public static DontCareTerms Default { get; } = new(EmbeddedData.ReadStrings("dont_care.json", "terms"));

    public bool Contains(string name) => _terms.Contains(name);

    public bool Covers(EntityRecord entity) => Covers(entity.Surfaces);

    public bool Covers(IEnumerable<string> surfaces) => surfaces.Any(Contains);
}
