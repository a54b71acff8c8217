using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Pipeline;
using DigestGraph.Extract.Typing;

namespace DigestGraph.Extract.Stages;

/// <summary>Types each candidate by the rules (shape, lexicon, context words) and keeps the evidence they read on the draft.</summary>
public sealed class RuleTypingStage(ExtractionKnowledge knowledge) : IExtractionStage
{
    private readonly EntityTyper _typer = new(knowledge);

    public void Run(PaperDocument document) => _typer.Assign(document.Text, document.TranslatedTitle, document.Entities);
}
