using DigestGraph.Extract.Pipeline;
using DigestGraph.Extract.Stages;

namespace DigestGraph.Extract.Relations.Learned;

/// <summary>
/// Reads a paper document past its evidence stage (typed drafts, occurrences, own system) into a
/// <see cref="RelationDocument"/> with the rule patterns' relations: the one place the learned relations touch the
/// pipeline's internals, the same at training and at inference.
/// </summary>
public static class RelationDocumentAdapter
{
    private static readonly RuleRelations Patterns = new();

    public static RelationDocument From(PaperDocument document)
    {
        var context = document.Context;
        var entities = new RelationEntity[context.Entities.Count];
        for (var i = 0; i < entities.Length; i++)
        {
            var e = context.Entities[i];
            // The draft's own lists, not copies: nothing changes them while the document is read.
            entities[i] = new RelationEntity(e.Name, e.Surfaces, e.Type, e.Introduced, e == context.Main, e.Occurrences);
        }
        return new RelationDocument(context.Text, context.Title, context.Sentences, entities, Patterns.Find(document).ToArray());
    }
}
