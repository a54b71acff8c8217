namespace DigestGraph.Extract.Relations.Learned;

/// <summary>
/// Reads the rule extractor's relation context (its drafts, occurrences and own system) into a <see cref="RelationDocument"/>:
/// the one place the learned relations touch the rule extractor's internals.
/// </summary>
public static class RelationDocumentAdapter
{
    public static RelationDocument From(RelationContext context, IReadOnlyList<ExtractedRelation> ruleRelations)
    {
        var entities = new RelationEntity[context.Entities.Count];
        for (var i = 0; i < entities.Length; i++)
        {
            var e = context.Entities[i];
            entities[i] = new RelationEntity(e.Name, e.Surfaces.ToArray(), e.Type, e.Introduced, e == context.Main, e.Occurrences.ToArray());
        }
        return new RelationDocument(context.Text, context.Title, context.Sentences, entities, ruleRelations);
    }
}
