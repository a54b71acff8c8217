using DigestGraph.Extract.Candidates;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Pipeline;

namespace DigestGraph.Extract.Stages;

/// <summary>The candidate names of the abstract from every finder, in the order the merger takes them (the title's name first).</summary>
public sealed class CandidateStage(ExtractionKnowledge knowledge) : IExtractionStage
{
    private readonly LatinNameFinder _latinNames = new(knowledge);
    private readonly AcronymPairFinder _acronyms = new(knowledge);
    private readonly ChineseNameFinder _chineseNames = new(knowledge);

    public void Run(PaperDocument document)
    {
        var text = document.Text;
        var own = document.OwnName;
        var mentions = new List<Mention>();
        if (own is not null) mentions.AddRange(TitleNameFinder.FindInText(own, text));
        foreach (var match in knowledge.Lexicon.Scan(text))
            mentions.Add(new Mention(match.Start, match.Length, text.Substring(match.Start, match.Length)) { Known = match.Entry });
        var latin = _latinNames.Find(text);
        mentions.AddRange(latin);
        mentions.AddRange(SizeEllipsisFinder.Find(text, latin, own?.Name));
        mentions.AddRange(_acronyms.Find(text));
        mentions.AddRange(_chineseNames.Find(text));
        document.Mentions = mentions;
    }
}
