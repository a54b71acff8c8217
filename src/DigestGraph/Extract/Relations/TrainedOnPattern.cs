using DigestGraph.Extract.Resolution;

namespace DigestGraph.Extract.Relations;

/// <summary>
/// TRAINED_ON: a model and a dataset in a sentence about training (<c>在 X 上训练</c>, trained on, used to train); "these
/// datasets" stands for the paper's own dataset; and a paper that introduces both a model and a dataset trains the one
/// on the other.
/// </summary>
public sealed class TrainedOnPattern : IRelationPattern
{
    // Chinese has no case, so its words are searched ordinally: the ignore-case search is slow outside ASCII.
    private static readonly (string Words, StringComparison Comparison)[] OwnDatasetWords =
    [
        ("这些数据集", StringComparison.Ordinal), ("该数据集", StringComparison.Ordinal), ("此数据集", StringComparison.Ordinal),
        ("我们的数据集", StringComparison.Ordinal), ("this dataset", StringComparison.OrdinalIgnoreCase),
        ("these datasets", StringComparison.OrdinalIgnoreCase), ("our dataset", StringComparison.OrdinalIgnoreCase),
    ];

    public IEnumerable<ExtractedRelation> Find(RelationContext c)
    {
        var found = new List<ExtractedRelation>();
        var ownDatasets = OwnDatasets(c.Entities);
        var trainedOn = c.Cues.TrainedOn;
        for (var k = 0; k < c.Sentences.Count; k++)
        {
            var occ = c.In(k);
            // A training sentence pairs its datasets, or the paper's own ones, with models: without either, its cues need no finding.
            if (ownDatasets.Count == 0 && !c.HasTypeIn(k, EntityType.Dataset) || !c.HasCue(trainedOn, k)) continue;
            var s = c.Sentences[k];
            var datasets = new List<Occurrence>();
            var models = new List<Occurrence>();
            foreach (var o in occ)
            {
                if (o.Entity.Type == EntityType.Dataset) datasets.Add(o);
                if (o.Entity.Type == EntityType.Model || o.Entity.Introduced && o.Entity.Type == EntityType.Method) models.Add(o);
            }
            var evidence = c.Evidence(k);
            if (datasets.Count == 0)
            {
                if (models.Count > 0 && ownDatasets.Count > 0 && NamesOwnDataset(c.Text.AsSpan(s.Start, s.Length)))
                    foreach (var m in models)
                        foreach (var d in ownDatasets) found.Add(RelationContext.Relation(RelationType.TrainedOn, m.Entity, d, evidence));
                continue;
            }
            if (models.Count == 0 && c.Main is { Type: EntityType.Model } main && c.SpeaksOfItself(k, s.End))
                models.Add(new Occurrence(main, s.Start, s.Start));
            foreach (var d in datasets)
            {
                var model = NearestTo(models, d.Start);
                if (model is not null && model != d.Entity)
                    found.Add(RelationContext.Relation(RelationType.TrainedOn, model, d.Entity, evidence));
            }
        }
        var ownModel = c.Main is { Type: EntityType.Model } ? c.Main : FirstIntroducedModel(c.Entities);
        if (ownModel is not null)
            foreach (var d in ownDatasets)
                found.Add(RelationContext.Relation(RelationType.TrainedOn, ownModel, d, c.EvidenceAt(d.FirstPosition)));
        return found;
    }

    /// <summary>The datasets the paper introduces; "RedPajama-V1 … RedPajama-V2 … these datasets": the title's dataset stands for its versions.</summary>
    private static List<EntityDraft> OwnDatasets(IReadOnlyList<EntityDraft> entities)
    {
        var introduced = new List<EntityDraft>();
        var titled = new List<EntityDraft>();
        foreach (var e in entities)
        {
            if (!e.Introduced || e.Type != EntityType.Dataset) continue;
            introduced.Add(e);
            if (e.IsTitleName) titled.Add(e);
        }
        return titled.Count > 0 ? titled : introduced;
    }

    /// <summary>Each dataset goes with the model written nearest to it (the first of equals).</summary>
    private static EntityDraft? NearestTo(List<Occurrence> models, int position)
    {
        EntityDraft? nearest = null;
        var nearestDistance = int.MaxValue;
        foreach (var m in models)
        {
            var distance = Math.Abs(m.Start - position);
            if (nearest is not null && distance >= nearestDistance) continue;
            nearest = m.Entity;
            nearestDistance = distance;
        }
        return nearest;
    }

    private static EntityDraft? FirstIntroducedModel(IReadOnlyList<EntityDraft> entities)
    {
        EntityDraft? first = null;
        foreach (var e in entities)
            if (e.Introduced && e.Type == EntityType.Model && (first is null || e.FirstPosition < first.FirstPosition)) first = e;
        return first;
    }

    private static bool NamesOwnDataset(ReadOnlySpan<char> sentence)
    {
        foreach (var (words, comparison) in OwnDatasetWords)
            if (sentence.Contains(words, comparison)) return true;
        return false;
    }
}
