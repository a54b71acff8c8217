using DigestGraph.Extract.Pipeline;

namespace DigestGraph.Extract.Stages;

/// <summary>
/// What the relation stage asks: the relations a paper states, read from the document (its typed entities, their
/// occurrences per sentence and the sentence context). The rules implement it today; a learned classifier may instead.
/// </summary>
public interface IRelationComponent
{
    IEnumerable<ExtractedRelation> Find(PaperDocument document);
}
