using DigestGraph.Extract.Evaluation;
using DigestGraph.Extract.Resolution;

namespace DigestGraph.Extract.Entities;

/// <summary>
/// The gold answer for each candidate of a paper, matched as the scorer matches (one to one, the name against gold names
/// first, then against gold aliases): the gold type (the rule type when the gold allows it too), or "not an entity".
/// Candidates named by a don't-care term (generic techniques the scorer ignores) keep their rule type, so the graph
/// keeps them as the rules did.
/// </summary>
public static class EntityLabels
{
    public static int[] Of(IReadOnlyList<EntityDraft> candidates, ExtractionRecord gold, DontCareTerms dontCare)
    {
        var goldEntities = gold.Entities.Where(e => !dontCare.Covers(e)).ToArray();
        var goldNames = goldEntities.Select(g => NameFolding.Fold(g.Name)).ToArray();
        var goldSurfaces = goldEntities.Select(g => g.Surfaces.Select(NameFolding.Fold).ToHashSet(StringComparer.Ordinal)).ToArray();
        var labels = new int[candidates.Count];
        var taken = new bool[goldEntities.Length];
        var folds = candidates.Select(c => NameFolding.Fold(c.Name)).ToArray();
        for (var i = 0; i < candidates.Count; i++)
            labels[i] = dontCare.Contains(candidates[i].Name) ? -1 : EntityClass.None;
        foreach (var byAlias in new[] { false, true })
            for (var i = 0; i < candidates.Count; i++)
            {
                if (labels[i] != EntityClass.None || folds[i].Length == 0) continue;
                for (var g = 0; g < goldEntities.Length; g++)
                {
                    if (taken[g] || !(byAlias ? goldSurfaces[g].Contains(folds[i]) : goldNames[g] == folds[i])) continue;
                    taken[g] = true;
                    labels[i] = EntityClass.Of(GoldType(goldEntities[g], candidates[i].Type));
                    break;
                }
            }
        for (var i = 0; i < labels.Length; i++)
            if (labels[i] < 0) labels[i] = EntityClass.Of(candidates[i].Type);
        return labels;
    }

    private static EntityType GoldType(EntityRecord gold, EntityType ruleType)
    {
        var allowed = gold.AllTypes;
        if (allowed.Contains(ruleType.ToString())) return ruleType;
        foreach (var name in allowed)
            if (Enum.TryParse<EntityType>(name, out var type)) return type;
        return ruleType;
    }
}
