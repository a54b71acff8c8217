using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Relations;

/// <summary>
/// The cues of each cue list in each sentence of one paper, found on first use: several patterns ask the same list about
/// the same sentence, and a sentence without a list's cues answers every question about its parts at once.
/// </summary>
public sealed class SentenceCues(string text, IReadOnlyList<Sentence> sentences)
{
    private readonly List<(CueList List, IReadOnlyList<(int Position, string Cue)>?[] BySentence)> _lists = [];

    /// <summary>Every cue of <paramref name="list"/> in the sentence, as <see cref="CueList.FindAll"/> finds them.</summary>
    public IReadOnlyList<(int Position, string Cue)> In(CueList list, int sentence)
    {
        var bySentence = BySentence(list);
        if (bySentence[sentence] is { } found) return found;
        var s = sentences[sentence];
        return bySentence[sentence] = list.FindAll(text, s.Start, s.End);
    }

    /// <summary>Whether a cue of <paramref name="list"/> lies in [<paramref name="start"/>, <paramref name="end"/>), a part of the sentence.</summary>
    public bool AnyIn(CueList list, int sentence, int start, int end)
    {
        var s = sentences[sentence];
        if (start < s.Start || end > s.End) return list.AnyIn(text, start, end);
        var found = In(list, sentence);
        if (found.Count == 0) return false;
        // A cue the sentence's scan found inside the part is one the part's own scan finds; overlapping cues need that scan.
        foreach (var (position, cue) in found)
            if (position >= start && position + cue.Length <= end) return true;
        return list.AnyIn(text, start, end);
    }

    private IReadOnlyList<(int Position, string Cue)>?[] BySentence(CueList list)
    {
        foreach (var (known, bySentence) in _lists)
            if (known == list) return bySentence;
        var added = new IReadOnlyList<(int Position, string Cue)>?[sentences.Count];
        _lists.Add((list, added));
        return added;
    }
}
