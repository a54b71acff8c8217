using DigestGraph.Extract.Pipeline;
using DigestGraph.Extract.Relations;

namespace DigestGraph.Extract.Stages;

/// <summary>The six relation patterns of the rules, as the relation stage's component.</summary>
public sealed class RuleRelations : IRelationComponent
{
    private readonly IRelationPattern[] _patterns =
    [
        new OutperformsPattern(), new EvaluatedOnPattern(), new BasedOnPattern(),
        new TrainedOnPattern(), new DevelopedByPattern(), new UsesPattern(),
    ];

    /// <summary>The patterns' relations in pattern order, gathered in one list (its caller copies it to an array of the exact size).</summary>
    public IEnumerable<ExtractedRelation> Find(PaperDocument document)
    {
        var found = new List<ExtractedRelation>();
        foreach (var pattern in _patterns) found.AddRange(pattern.Find(document.Context));
        return found;
    }
}
