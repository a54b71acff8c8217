using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Candidates;

/// <summary>
/// The parts a sentence lists after a noun that announces them: "two core innovations: multi-identifier item tokenization
/// and curriculum recommender pre-training", "three key innovations: (1) Automated Dynamism, achieved ...; (2) ...".
/// Such parts are often lower-case and found by no other finder; the classifier decides which of them are entities.
/// </summary>
public sealed class PartListFinder(ExtractionKnowledge knowledge)
{
    private const int MaxPartWords = 5;

    public IReadOnlyList<Mention> Find(string text, IReadOnlyList<Sentence> sentences)
    {
        List<Mention>? found = null;
        for (var colon = text.IndexOf(':'); colon >= 0; colon = text.IndexOf(':', colon + 1))
        {
            if (!AnnouncesParts(text, colon)) continue;
            var end = ListEnd(text, colon + 1, sentences);
            foreach (var (start, length) in Parts(text, colon + 1, end))
                (found ??= []).Add(new Mention(start, length, text.Substring(start, length)) { TypeHint = EntityType.Method, IsListedPart = true });
        }
        return found ?? [];
    }

    private bool AnnouncesParts(string text, int colon)
    {
        var end = CharClass.SkipSpacesBack(text, colon);
        var start = end;
        while (start > 0 && char.IsAsciiLetterLower(text[start - 1])) start--;
        return end > start && (start == 0 || !char.IsAsciiLetter(text[start - 1])) && knowledge.TypeCues.PartListNouns.Contains(text.AsSpan(start, end - start));
    }

    /// <summary>The end of the sentence holding <paramref name="from"/>, before its closing mark.</summary>
    private static int ListEnd(string text, int from, IReadOnlyList<Sentence> sentences)
    {
        var end = text.Length;
        for (var k = 0; k < sentences.Count; k++)
            if (sentences[k].Contains(from)) { end = sentences[k].End; break; }
        while (end > from && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or '。' or '；' or '!' or '?')) end--;
        return end;
    }

    /// <summary>
    /// Numbered parts ("(1) X, ...; (2) Y") run from their number to the first comma, semicolon or bracket; otherwise the
    /// list splits at commas, semicolons and "and"/"or". A piece that is not a short noun phrase (a clause) is skipped.
    /// </summary>
    private IEnumerable<(int Start, int Length)> Parts(string text, int from, int end)
    {
        var numbered = NumberAfter(text, from, end, 1);
        if (numbered >= 0)
        {
            for (var k = 1; numbered >= 0; k++)
            {
                var next = NumberAfter(text, numbered, end, k + 1);
                var partEnd = next < 0 ? end : next;
                var stop = text.AsSpan(numbered, partEnd - numbered).IndexOfAny(",;(:");
                if (Phrase(text, numbered, stop < 0 ? partEnd : numbered + stop) is { } p) yield return p;
                numbered = next;
            }
            yield break;
        }
        var pieceStart = from;
        for (var i = from; i <= end; i++)
        {
            var split = i == end || text[i] is ',' or ';' ? 1 : IsWordAt(text, i, end, " and ") ? 5 : IsWordAt(text, i, end, " or ") ? 4 : 0;
            if (split == 0) continue;
            if (Phrase(text, pieceStart, i) is { } p) yield return p;
            pieceStart = i + split;
            i = pieceStart - 1;
        }
    }

    /// <summary>Where the text after the marker "(k)" starts, or -1.</summary>
    private static int NumberAfter(string text, int from, int end, int k)
    {
        var marker = $"({k})";
        var at = text.AsSpan(from, end - from).IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? -1 : from + at + marker.Length;
    }

    private static bool IsWordAt(string text, int i, int end, string word) =>
        i + word.Length <= end && text.AsSpan(i, word.Length).Equals(word, StringComparison.Ordinal);

    /// <summary>The piece without its article, if it is a noun phrase of at most five plain words and no function word.</summary>
    private (int Start, int Length)? Phrase(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        foreach (var opener in (ReadOnlySpan<string>)["and ", "or ", "a ", "an ", "the "])
            if (text.AsSpan(start, end - start).StartsWith(opener, StringComparison.Ordinal)) start += opener.Length;
        if (end <= start) return null;
        var words = 0;
        var hasLetter = false;
        foreach (var range in text.AsSpan(start, end - start).Split(' '))
        {
            var word = text.AsSpan(start + range.Start.Value, range.End.Value - range.Start.Value);
            if (word.IsEmpty || ++words > MaxPartWords || knowledge.StopWords.Contains(word)) return null;
            foreach (var c in word)
            {
                if (char.IsLetter(c)) hasLetter = true;
                else if (!char.IsAsciiDigit(c) && c is not '-' and not '/') return null;
            }
        }
        return hasLetter && !knowledge.GenericTerms.Contains(text.AsSpan(start, end - start)) ? (start, end - start) : null;
    }
}
