using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Pipeline;
using DigestGraph.Extract.Relations;

namespace DigestGraph.Extract.Stages;

/// <summary>The sentences with their entities, cues and evidence text, as relations and entity evidence read them.</summary>
public sealed class EvidenceStage(RelationCues cues) : IExtractionStage
{
    public void Run(PaperDocument document) => document.Context = new RelationContext(
        document.Text, document.Sentences, document.Entities, document.OccurrencesBySentence, document.Title, cues);
}
