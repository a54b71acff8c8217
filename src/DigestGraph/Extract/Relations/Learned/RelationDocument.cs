using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Relations.Learned;

/// <summary>
/// One paper as the relation classifier reads it: the normalized abstract, its sentences, the typed entities with the
/// spans where each is written, and the relations the rule patterns read (a feature, never a verdict).
/// </summary>
public sealed record RelationDocument(
    string Text,
    string Title,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<RelationEntity> Entities,
    IReadOnlyList<ExtractedRelation> RuleRelations);
