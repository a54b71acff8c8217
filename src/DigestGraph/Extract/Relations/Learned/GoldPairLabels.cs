using DigestGraph.Extract.Evaluation;

namespace DigestGraph.Extract.Relations.Learned;

/// <summary>
/// The gold answer for each ordered pair of a document's entities: a gold relation names its ends by name, so a pair is
/// that relation when its source folds (by name or surface) to a surface of the gold source entity and its target to one
/// of the gold target's, as the scorer resolves them.
/// </summary>
internal sealed class GoldPairLabels
{
    private readonly Dictionary<(int Source, int Target), int> _classes = [];

    public GoldPairLabels(RelationDocument document, ExtractionRecord gold)
    {
        var goldIds = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var g = 0; g < gold.Entities.Count; g++)
            foreach (var surface in gold.Entities[g].Surfaces)
            {
                var folded = NameFolding.Fold(surface);
                if (!goldIds.TryGetValue(folded, out var ids)) goldIds[folded] = ids = [];
                if (!ids.Contains(g)) ids.Add(g);
            }
        HashSet<int> Resolve(IEnumerable<string> names) =>
            names.SelectMany(n => goldIds.GetValueOrDefault(NameFolding.Fold(n)) ?? []).ToHashSet();

        var entityIds = document.Entities.Select(e => Resolve(e.Surfaces.Append(e.Name))).ToArray();
        foreach (var relation in gold.Relations)
        {
            if (!RelationTypeNames.TryParse(relation.Type, out var type) || type == RelationType.VariantOf) continue;
            var sources = Resolve([relation.Source]);
            var targets = Resolve([relation.Target]);
            for (var i = 0; i < entityIds.Length; i++)
            {
                if (!entityIds[i].Overlaps(sources)) continue;
                for (var j = 0; j < entityIds.Length; j++)
                    if (j != i && entityIds[j].Overlaps(targets)) _classes.TryAdd((i, j), RelationClasses.Of(type));
            }
        }
    }

    /// <summary>The class of the pair: <see cref="RelationClasses.None"/> or a relation's.</summary>
    public int ClassOf(int source, int target) => _classes.GetValueOrDefault((source, target), RelationClasses.None);
}
