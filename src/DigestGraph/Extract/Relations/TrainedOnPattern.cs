using DigestGraph.Extract.Resolution;

namespace DigestGraph.Extract.Relations;

/// <summary>
/// TRAINED_ON: a model and a dataset in a sentence about training (<c>在 X 上训练</c>, trained on, used to train); "these
/// datasets" stands for the paper's own dataset; and a paper that introduces both a model and a dataset trains the one
/// on the other.
/// </summary>
public sealed class TrainedOnPattern : IRelationPattern
{
    private static readonly string[] OwnDatasetWords = ["这些数据集", "该数据集", "此数据集", "我们的数据集", "this dataset", "these datasets", "our dataset"];

    public IEnumerable<ExtractedRelation> Find(RelationContext c)
    {
        var found = new List<ExtractedRelation>();
        var introducedDatasets = c.Entities.Where(e => e.Introduced && e.Type == EntityType.Dataset).ToArray();
        // "RedPajama-V1 … RedPajama-V2 … these datasets": the title's dataset stands for its versions.
        var ownDatasets = introducedDatasets.Where(e => e.IsTitleName).DefaultIfEmpty().All(e => e is null)
            ? introducedDatasets : introducedDatasets.Where(e => e.IsTitleName).ToArray();
        foreach (var s in c.Sentences)
        {
            if (!c.Cues["trained_on"].AnyIn(c.Text, s.Start, s.End)) continue;
            var occ = c.In(s);
            var datasets = occ.Where(o => o.Entity.Type == EntityType.Dataset).ToList();
            var models = occ.Where(o => o.Entity.Type == EntityType.Model || o.Entity.Introduced && o.Entity.Type == EntityType.Method).ToList();
            var evidence = c.Evidence(s);
            if (datasets.Count == 0 && NamesOwnDataset(c.Text.AsSpan(s.Start, s.Length)))
            {
                foreach (var m in models)
                    foreach (var d in ownDatasets) found.Add(RelationContext.Relation(RelationType.TRAINED_ON, m.Entity, d, evidence));
                continue;
            }
            if (models.Count == 0 && c.Main is { Type: EntityType.Model } main && c.SpeaksOfItself(s, s.End))
                models.Add(new Occurrence(main, s.Start, s.Start));
            foreach (var d in datasets)
            {
                // Each dataset goes with the model written nearest to it.
                var model = models.OrderBy(m => Math.Abs(m.Start - d.Start)).FirstOrDefault();
                if (model.Entity is not null && model.Entity != d.Entity)
                    found.Add(RelationContext.Relation(RelationType.TRAINED_ON, model.Entity, d.Entity, evidence));
            }
        }
        var ownModel = c.Main is { Type: EntityType.Model } ? c.Main
            : c.Entities.Where(e => e.Introduced && e.Type == EntityType.Model).OrderBy(e => e.FirstPosition).FirstOrDefault();
        if (ownModel is not null)
            foreach (var d in ownDatasets)
                found.Add(RelationContext.Relation(RelationType.TRAINED_ON, ownModel, d, c.EvidenceAt(d.FirstPosition)));
        return found;
    }

    private static bool NamesOwnDataset(ReadOnlySpan<char> sentence)
    {
        foreach (var words in OwnDatasetWords)
            if (sentence.Contains(words, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
