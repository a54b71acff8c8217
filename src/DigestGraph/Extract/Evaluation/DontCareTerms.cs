using System.Text.Json.Nodes;

namespace DigestGraph.Extract.Evaluation;

/// <summary>The guideline's "don't care" technique terms, folded; loaded from the embedded <c>dont_care.json</c>.</summary>
public sealed class DontCareTerms
{
    private readonly HashSet<string> _folded;

    public DontCareTerms(IEnumerable<string> terms) =>
        _folded = terms.Select(NameFolding.Fold).Where(f => f.Length > 0).ToHashSet(StringComparer.Ordinal);

    public static DontCareTerms Default { get; } = new(EmbeddedData.ReadStrings("dont_care.json", "terms"));

    public bool Contains(string name) => _folded.Contains(NameFolding.Fold(name));

    public bool Covers(EntityRecord entity) => Covers(entity.Surfaces);

    public bool Covers(IEnumerable<string> surfaces) => surfaces.Any(Contains);
}
