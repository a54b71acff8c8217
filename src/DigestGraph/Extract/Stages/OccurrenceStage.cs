using DigestGraph.Extract.Pipeline;
using DigestGraph.Extract.Relations;
using DigestGraph.Extract.Resolution;

namespace DigestGraph.Extract.Stages;

/// <summary>The kept entities' occurrences in text order, and sliced per sentence.</summary>
public sealed class OccurrenceStage : IExtractionStage
{
    public void Run(PaperDocument document)
    {
        document.Occurrences = Occurrence.InTextOrder(document.Entities);
        document.OccurrencesBySentence = OccurrencesBySentence.Slice(document.Occurrences, document.Sentences);
    }
}
