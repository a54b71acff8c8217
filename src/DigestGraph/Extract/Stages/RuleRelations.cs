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

    public IEnumerable<ExtractedRelation> Find(PaperDocument document) => _patterns.SelectMany(p => p.Find(document.Context));
}
