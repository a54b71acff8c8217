using DigestGraph.Extract.Candidates;
using DigestGraph.Extract.Pipeline;
using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Stages;

/// <summary>
/// Normalises title and abstract, reads the names the title gives (the paper's own first), puts that name in the place of
/// the abstract's macros and splits the sentences.
/// </summary>
public sealed class NormalizeStage(TitleNameFinder titleNames) : IExtractionStage
{
    public void Run(PaperDocument document)
    {
        var paper = document.Paper;
        document.Title = OneLine(paper.Title);
        document.TranslatedTitle = paper.TranslatedTitle is null ? null : OneLine(paper.TranslatedTitle);
        var rawText = InputNormalizer.Normalize(paper.Abstract);
        var titleMentions = titleNames.Find(document.Title, document.TranslatedTitle, rawText);
        document.TitleMentions = titleMentions;
        document.OwnName = titleMentions.FirstOrDefault(m => m.IsTitleName);
        document.Text = MacroPlaceholder.Replace(rawText, document.OwnName?.Name);
        document.Sentences = SentenceSplitter.Split(document.Text);
    }

    private static string OneLine(string text) => InputNormalizer.Normalize(text).Replace('\n', ' ').Trim();
}
