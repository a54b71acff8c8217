using DigestGraph.Extract.Entities;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Typing;

/// <summary>
/// Whether a name, with the list it stands in, is what the paper evaluates on: "在 A 和 B 数据集上的实验结果表明",
/// "于 A 和 B 数据集上对 X 进行了评估", "Experiments on A, B and C show". The guideline types a resource by its use, so such
/// a name is a benchmark even where the text calls it a dataset; a clause that trains on it or builds it says otherwise.
/// </summary>
public sealed class EvaluationUse(TypeCues cues)
{
    // How far (in characters) the clause is read on either side of the list.
    private const int Reach = 40;
    // "在 A 和 B 数据集上": at most this many characters of a noun between the list and 上.
    private const int NounBeforeOn = 4;

    public bool Holds(string text, int start, int end)
    {
        var (listStart, listEnd) = NameList.Extent(text, start, end);
        var p = CharClass.SkipSpacesBack(text, listStart);
        if (EndsWithWord(text, p, "the")) p = CharClass.SkipSpacesBack(text, p - 3);
        var before = ClauseBefore(text, p);
        var after = ClauseAfter(text, listEnd);
        if (p > 0 && text[p - 1] is '在' or '于')
        {
            var on = after.TrimStart(' ').IndexOf('上');
            return on is >= 0 and <= NounBeforeOn && Contains(after, cues.EvaluationWords) && !Contains(after, cues.TrainingWords);
        }
        if (!EndsWithWord(text, p, "on") && !EndsWithWord(text, p, "across")) return false;
        return (Contains(before, cues.EvaluationWords) || Contains(after, cues.EvaluationWords))
            && !Contains(before, cues.TrainingWords) && !Contains(after, cues.TrainingWords);
    }

    /// <summary>The clause before <paramref name="position"/>, within reach; a sentence's full stop ends it as a clause break does.</summary>
    private static ReadOnlySpan<char> ClauseBefore(string text, int position)
    {
        var from = position;
        while (from > 0 && position - from < Reach && !IsBreak(text, from - 1)) from--;
        return text.AsSpan(from, position - from);
    }

    private static ReadOnlySpan<char> ClauseAfter(string text, int position)
    {
        var to = position;
        while (to < text.Length && to - position < Reach && !IsBreak(text, to)) to++;
        return text.AsSpan(position, to - position);
    }

    private static bool IsBreak(string text, int at) =>
        CharClass.IsClauseBreak(text[at]) || text[at] == '.' && (at + 1 == text.Length || text[at + 1] == ' ');

    private static bool EndsWithWord(string text, int end, string word) =>
        end >= word.Length && text.AsSpan(end - word.Length, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
        && (end == word.Length || !CharClass.IsLatinLetter(text[end - word.Length - 1]));

    private static bool Contains(ReadOnlySpan<char> clause, IReadOnlyList<string> words)
    {
        foreach (var word in words)
            if (clause.Contains(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
