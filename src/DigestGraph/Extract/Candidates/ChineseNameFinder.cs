using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Candidates;

/// <summary>
/// Names written only in Chinese: the term after 名为 / 称为 / 命名为 (<c>一种算法，名为元智能体搜索</c>), a term in
/// quotation marks right after 我们提出 / 引入 (<c>我们引入了“解释性指令”</c>), and a short term in brackets naming
/// the thing just described (<c>单区域构建（硬绑定）</c>). The name is the Chinese term itself; its English name,
/// when the lexicon knows one, comes from the lexicon.
/// </summary>
public sealed class ChineseNameFinder(ExtractionKnowledge knowledge)
{
    private const int MinLength = 2;
    private const int MaxLength = 10;
    private static readonly string[] NamingWords = ["名为", "称为", "称之为", "命名为"];
    private static readonly string[] TermEnders = ["的", "，", "。", "；", "、", "（", "(", " ", "：", "”"];

    public IReadOnlyList<Mention> Find(string text)
    {
        var mentions = new List<Mention>();
        foreach (var word in NamingWords)
        {
            var at = 0;
            while ((at = text.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
            {
                at += word.Length;
                var start = at;
                while (start < text.Length && text[start] is '“' or '"' or ' ') start++;
                var end = start;
                while (end < text.Length && CharClass.IsCjk(text[end]) && !EndsTermAt(text, end)) end++;
                // "名为深度驱动的解耦实例合成": a term running on into 的 is a description, not a name.
                if (end < text.Length && text[end] == '的') continue;
                Add(mentions, text, start, end);
            }
        }
        // Quotation marks and brackets are few: the next one is searched for vectorised.
        for (var i = NextQuoteOrBracket(text, 0); i >= 0; i = NextQuoteOrBracket(text, i + 1))
        {
            if (text[i] == '“' && knowledge.RelationCues.Introduce.MatchEndingAt(text, i) is not null)
            {
                var close = text.IndexOf('”', i + 1);
                if (close > i) Add(mentions, text, i + 1, close);
            }
            if (text[i] is '（' or '(' && i > 0 && CharClass.IsCjk(text[i - 1]))
            {
                var close = text.AsSpan(i + 1).IndexOfAny('）', ')');
                if (close >= 0) close += i + 1;
                if (close > i && IsBracketName(text.AsSpan(i + 1, close - i - 1))) Add(mentions, text, i + 1, close, coined: true);
            }
        }
        return mentions;
    }

    private static int NextQuoteOrBracket(string text, int from)
    {
        var at = text.AsSpan(from).IndexOfAny('“', '（', '(');
        return at < 0 ? -1 : from + at;
    }

    private static bool EndsTermAt(string text, int at)
    {
        foreach (var ender in TermEnders)
            if (text.AsSpan(at).StartsWith(ender)) return true;
        return false;
    }

    /// <summary>
    /// A bracketed name is short and plain: not an example list (如…), a clause (需要…), a phrase (A或B, X的Y, 线性而非二次,
    /// 倒数第二层) or an ordinary two-character word (权重, 深度).
    /// </summary>
    private static bool IsBracketName(ReadOnlySpan<char> inner) =>
        inner.Length is >= MinBracketName and <= MaxBracketName
        && !inner.ContainsAny(BracketPhraseChars)
        && BracketOpeners.IndexOf(inner[0]) < 0
        && CharClass.AllCjk(inner);

    private const int MinBracketName = 3;
    private const int MaxBracketName = 6;
    private const string BracketPhraseChars = "的或和与是及等而非第";
    private const string BracketOpeners = "如例即包不需过以比也并主仅约共每";

    private void Add(List<Mention> mentions, string text, int start, int end, bool coined = false)
    {
        var length = end - start;
        if (length is < MinLength or > MaxLength) return;
        var term = text.Substring(start, length);
        if (!CharClass.AllCjk(term)) return;
        var known = knowledge.Lexicon.TryFind(term, out var e) ? e : null;
        mentions.Add(new Mention(start, length, known?.Name ?? term) { Aliases = known is null ? [] : [term], Known = known, IsCoined = coined && known is null });
    }
}
