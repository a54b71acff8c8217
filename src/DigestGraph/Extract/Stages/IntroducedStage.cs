using DigestGraph.Extract.Introduction;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Pipeline;

namespace DigestGraph.Extract.Stages;

/// <summary>Flags the entities the paper itself introduces.</summary>
public sealed class IntroducedStage(ExtractionKnowledge knowledge) : IExtractionStage
{
    private readonly IntroducedDetector _detector = new(knowledge);

    public void Run(PaperDocument document) =>
        _detector.Mark(document.Text, document.Sentences, document.Entities, document.Occurrences, document.OccurrencesBySentence);
}
