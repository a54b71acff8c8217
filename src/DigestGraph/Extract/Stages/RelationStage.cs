using DigestGraph.Extract.Pipeline;

namespace DigestGraph.Extract.Stages;

/// <summary>
/// The relations of the paper from its component (<see cref="RuleRelations"/> or a learned one), each type and pair of
/// names once by their folding, none of a name to itself.
/// </summary>
public sealed class RelationStage(IRelationComponent component) : IExtractionStage
{
    // Each thread's fold cache and pair set, cleared and reused paper after paper instead of two new ones per paper.
    [ThreadStatic] private static Dictionary<string, string>? t_folds;
    [ThreadStatic] private static HashSet<(RelationType, string, string)>? t_seen;

    public IRelationComponent Component { get; } = component;

    public void Run(PaperDocument document)
    {
        // The few names of a paper recur in many relations, so each is folded once.
        var folds = t_folds ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = t_seen ??= [];
        folds.Clear();
        seen.Clear();
        var kept = new List<ExtractedRelation>();
        foreach (var relation in Component.Find(document))
        {
            var source = FoldOnce(folds, relation.Source);
            var target = FoldOnce(folds, relation.Target);
            if (source != target && seen.Add((relation.Type, source, target))) kept.Add(relation);
        }
        document.Relations = kept;
    }

    private static string FoldOnce(Dictionary<string, string> folds, string name)
    {
        if (!folds.TryGetValue(name, out var folded)) folds[name] = folded = NameFolding.Fold(name);
        return folded;
    }
}
