namespace DigestGraph.Extract.Relations.Learned;

/// <summary>
/// An ordered pair of entities (indices into <see cref="RelationDocument.Entities"/>) that may stand in a relation, and
/// where it was read: in sentence <see cref="Sentence"/> at the two spans, or only from a rule relation (sentence -1).
/// </summary>
internal readonly record struct RelationCandidate(
    int Source, int Target, CandidateKind Kind, int Sentence, int SourceStart, int SourceEnd, int TargetStart, int TargetEnd)
{
    public bool SourceFirst => SourceStart <= TargetStart;
}
