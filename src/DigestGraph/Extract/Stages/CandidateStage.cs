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
    private readonly PartListFinder _listedParts = new(knowledge);

    public void Run(PaperDocument document)
    {
        var text = document.Text;
        var own = document.OwnName;
        var titleNames = own is null ? [] : TitleNameFinder.FindInText(own, text);
        var known = knowledge.Lexicon.Scan(text);
        var latin = _latinNames.Find(text);
        var sizes = SizeEllipsisFinder.Find(text, latin, own?.Name);
        var acronyms = _acronyms.Find(text);
        var chinese = _chineseNames.Find(text);
        var parts = _listedParts.Find(text, document.Sentences);
        // Every finder has run first, so the list is made at its final size rather than grown through several.
        var mentions = new List<Mention>(titleNames.Count + known.Count + latin.Count + sizes.Count + acronyms.Count + chinese.Count + parts.Count);
        mentions.AddRange(titleNames);
        // An acronym the text defines as something else loses its lexicon reading everywhere in the paper.
        // Few papers redefine one, so most make no set.
        var redefined = acronyms.Any(a => a.Redefines is not null)
            ? acronyms.Where(a => a.Redefines is not null).Select(a => a.Redefines!).ToHashSet(StringComparer.Ordinal)
            : null;
        for (var i = 0; i < known.Count; i++)
        {
            var match = known[i];
            var surface = text.Substring(match.Start, match.Length);
            mentions.Add(new Mention(match.Start, match.Length, surface) { Known = redefined?.Contains(surface) == true ? null : match.Entry });
        }
        foreach (var m in latin) mentions.Add(m.Known is not null && redefined?.Contains(m.Name) == true ? m with { Known = null } : m);
        mentions.AddRange(sizes);
        mentions.AddRange(acronyms);
        mentions.AddRange(chinese);
        mentions.AddRange(parts);
        if (TaskAcronymFinder.Find(text) is { } tasks) mentions.RemoveAll(m => tasks.Contains(m.Name));
        document.Mentions = mentions;
    }
}
