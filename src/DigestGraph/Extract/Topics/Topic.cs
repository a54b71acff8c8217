using DigestGraph.Extract.Lexicon;

namespace DigestGraph.Extract.Topics;

/// <summary>
/// A topic of the fixed taxonomy: its cue terms, the entity types whose introduction marks it (a new dataset marks
/// "Datasets &amp; Data Curation"), and whether it is broad (the paper's medium, like LLMs, more than its subject).
/// </summary>
public sealed record Topic(string Name, CueList Cues, IReadOnlyList<EntityType> Introduces, bool Broad);
