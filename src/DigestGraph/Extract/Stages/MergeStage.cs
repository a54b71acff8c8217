using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Pipeline;
using DigestGraph.Extract.Resolution;

namespace DigestGraph.Extract.Stages;

/// <summary>Merges the title's and the abstract's mentions into the paper's candidate entities.</summary>
public sealed class MergeStage(ExtractionKnowledge knowledge) : IExtractionStage
{
    private readonly EntityMerger _merger = new(knowledge);

    public void Run(PaperDocument document) => document.Entities = _merger.Merge(document.TitleMentions, document.Mentions);
}
