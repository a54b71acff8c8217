using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Resolution;
using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Typing;

/// <summary>
/// Reads a type from the words around an occurrence: the noun right after it (<c>X 数据集</c>, <c>X model</c>, also after a
/// list <c>X 和 Y 基准</c>), the noun right before it (<c>数据集 X</c>, <c>数据集，即 X</c>) or the head noun of an appositive
/// (<c>X，一种新型 VLM</c>, <c>X, a framework that ...</c>).
/// </summary>
public sealed class ContextTyper(ExtractionKnowledge knowledge)
{
    private const int AppositiveReach = 60;
    // An alias, long form or citation in brackets after a name; a longer bracket says something else.
    private const int ShortBracket = 64;
    // How far (in characters) the noun phrase after 等 is read.
    private const int EtceteraReach = 15;
    // Every naming filler ends with one of these characters: most names follow none of them.
    private readonly string _namingFillerEnds = string.Concat(knowledge.TypeCues.NamingFillers.Select(f => f[^1]).Distinct());
    private readonly EvaluationUse _evaluationUse = new(knowledge.TypeCues);

    public List<EntityType> Votes(string text, EntityDraft draft, IReadOnlyList<EntityDraft> all)
    {
        var votes = new List<EntityType>();
        // A known model or method evaluated with ("experiments on Llama-2 show") is not a resource evaluated on.
        var resource = draft.Known is not { } known || known.Types.Contains(EntityType.Dataset) || known.Types.Contains(EntityType.Benchmark);
        foreach (var (start, end) in draft.Occurrences)
        {
            var evaluated = resource && _evaluationUse.Holds(text, start, end);
            var after = SkipBracket(text, SkipList(text, end, all));
            if ((knowledge.TypeCues.AfterAt(text, after) ?? EtceteraHead(text, after)) is { } a)
                votes.Add(evaluated && a == EntityType.Dataset ? EntityType.Benchmark : a);
            else if (Appositive(text, after) is { } ap) votes.Add(ap);
            if (Before(text, start) is { } b) votes.Add(b);
            else if (ListHead(text, start, all) is { } l) votes.Add(l);
            if (evaluated || IsEvaluatedOn(text, start, end)) votes.Add(EntityType.Benchmark);
        }
        return votes;
    }

    /// <summary>
    /// "医学基准（MedQA、Medbullets 和 JAMA）", "four models: A, B and C", "models such as A, B and C": a name in a bracketed or
    /// introduced list takes the noun before it.
    /// </summary>
    private EntityType? ListHead(string text, int start, IReadOnlyList<EntityDraft> all)
    {
        var p = start;
        for (var guard = 0; guard < 12 && p > 0; guard++)
        {
            p = CharClass.SkipSpacesBack(text, p);
            if (p == 0) return null;
            var c = text[p - 1];
            // "three benchmarks (MMAU, ...)", "four models: A, B and C": the noun may stand a space before the bracket or colon.
            if (c is '(' or '（' or ':' or '：') return knowledge.TypeCues.ListHeadEndingAt(text, CharClass.SkipSpacesBack(text, p - 1));
            if (knowledge.TypeCues.ListOpeners.MatchEndingAt(text, p) is { } opener)
            {
                // "models such as X", "models, such as X": the noun stands before the opener or its comma; "基准（如 X" reads on to the bracket.
                p = CharClass.SkipSpacesBack(text, p - opener.Length);
                var nounEnd = p > 0 && text[p - 1] is ',' or '，' ? CharClass.SkipSpacesBack(text, p - 1) : p;
                if (knowledge.TypeCues.ListHeadEndingAt(text, nounEnd) is { } type) return type;
                continue;
            }
            if (c is '、' or ',' or '，' or '和' or '与' or '及') { p--; continue; }
            if (ListWordEndingAt(text, p) is { } word) { p -= word.Length; continue; }
            var previous = PreviousOccurrenceEndingAt(all, p);
            if (previous < 0) return null;
            p = previous;
        }
        return null;
    }

    // English words a list's names stand after: "four models: A, B and C", "benchmarks: the A, B and C networks".
    private static readonly string[] ListWords = ["and", "the"];

    private static string? ListWordEndingAt(string text, int end)
    {
        foreach (var word in ListWords)
            if (end > word.Length && text.AsSpan(end - word.Length, word.Length).SequenceEqual(word) && text[end - word.Length - 1] is ' ' or ',' or ':')
                return word;
        return null;
    }

    private static int PreviousOccurrenceEndingAt(IReadOnlyList<EntityDraft> all, int end)
    {
        foreach (var d in all)
            foreach (var (s, e) in d.Occurrences)
                if (e == end) return s;
        return -1;
    }

    /// <summary>"在 Hi4D（深度）上 … 22.4%": a name a result is reported on is a benchmark.</summary>
    private static bool IsEvaluatedOn(string text, int start, int end)
    {
        if (IsValueReportedOn(text, end)) return true;
        var p = start;
        p = CharClass.SkipSpacesBack(text, p);
        var on = p > 0 && text[p - 1] is '在' or '于' || (p >= 3 && text.AsSpan(p - 3, 3).SequenceEqual("on "));
        if (!on) return false;
        var q = SkipBracket(text, CharClass.SkipSpaces(text, end));
        // A long bracket after the name describes it rather than giving its result.
        if (q < text.Length && CharClass.IsOpenParen(text[q])) return false;
        var clauseEnd = q;
        while (clauseEnd < text.Length && !CharClass.IsClauseBreak(text[clauseEnd]) && text[clauseEnd] != '。') clauseEnd++;
        var clause = text.AsSpan(q, clauseEnd - q);
        var zhOn = clause.StartsWith("上") || clause.StartsWith("中");
        return (zhOn || text[p - 1] == ' ') && clause.IndexOfAny("0123456789") >= 0 && !clause.Contains("训练", StringComparison.Ordinal)
            && !clause.Contains("train", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"GEdit-EN 上的 7.24": a value written as the name's own, without 在 in front.</summary>
    private static bool IsValueReportedOn(string text, int end)
    {
        var q = CharClass.SkipSpaces(text, end);
        if (!text.AsSpan(q).StartsWith("上的")) return false;
        q = CharClass.SkipSpaces(text, q + 2);
        return q < text.Length && char.IsAsciiDigit(text[q]);
    }

    /// <summary>Skips spaces and a following list of other names ("X、Y 和 Z 基准") so the shared noun is found.</summary>
    private static int SkipList(string text, int position, IReadOnlyList<EntityDraft> all)
    {
        var p = CharClass.SkipSpaces(text, position);
        for (var guard = 0; guard < 8; guard++)
        {
            var q = p;
            var coordinator = q < text.Length && text[q] is '、' or '和' or '与' or '及' or ',' or '，' ? 1
                : text.AsSpan(q).StartsWith("and ") ? 4 : text.AsSpan(q).StartsWith("以及") ? 2 : 0;
            if (coordinator == 0) break;
            q = CharClass.SkipSpaces(text, q + coordinator);
            var next = NextOccurrenceAt(all, q);
            if (next < 0) break;
            p = CharClass.SkipSpaces(text, next);
        }
        return p;
    }

    /// <summary>
    /// "BEAR、BRAC 等现有离线强化学习方法", "MMLU 等广泛的基准上": after 等 the list's noun comes last in its phrase, which
    /// ends at a preposition or a mark ("GIN 等基线在每个数据集上" names no type).
    /// </summary>
    private EntityType? EtceteraHead(string text, int position)
    {
        if (position >= text.Length || text[position] != '等') return null;
        for (var q = position + 2; q < text.Length && q - position <= EtceteraReach && CharClass.IsCjk(text[q - 1]) && !PhraseEnds(text[q - 1]); q++)
            if (knowledge.TypeCues.NounEndingAt(text, q) is { } type) return type;
        return null;
    }

    private static bool PhraseEnds(char c) => c is '在' or '上' or '中' or '对' or '为' or '于';

    /// <summary>
    /// "LRM (Hong et al., 2024), a large reconstruction model", "SCALE (Stochastic Column-normAlized ...), a simple
    /// optimizer": a bracket after the name (or the bracket's end, for a name inside it) stands between the name and its noun.
    /// </summary>
    private static int SkipBracket(string text, int position)
    {
        if (position >= text.Length) return position;
        if (CharClass.IsCloseParen(text[position])) return CharClass.SkipSpaces(text, position + 1);
        if (!CharClass.IsOpenParen(text[position])) return position;
        var close = text.AsSpan(position, Math.Min(ShortBracket, text.Length - position)).IndexOfAny(')', '）');
        return close < 0 ? position : CharClass.SkipSpaces(text, position + close + 1);
    }

    private static int NextOccurrenceAt(IReadOnlyList<EntityDraft> all, int position)
    {
        foreach (var d in all)
            foreach (var (s, e) in d.Occurrences)
                if (s == position) return e;
        return -1;
    }

    private EntityType? Before(string text, int start)
    {
        var nameEdge = CharClass.SkipSpacesBack(text, start);
        var p = nameEdge;
        if (p > 0 && _namingFillerEnds.Contains(text[p - 1]))
            foreach (var filler in knowledge.TypeCues.NamingFillers)
                if (p >= filler.Length && text.AsSpan(p - filler.Length, filler.Length).SequenceEqual(filler))
                {
                    p -= filler.Length;
                    p = CharClass.SkipSpacesBack(text, p);
                    break;
                }
        if (knowledge.TypeCues.BeforeAt(text, p) is { } type) return type;
        // "a new metric, Dependency Invocation Rate (DIR)": a naming noun in apposition, one comma before the name.
        if (p == nameEdge && p > 0 && text[p - 1] is ',' or '，' && knowledge.TypeCues.BeforeAt(text, CharClass.SkipSpacesBack(text, p - 1)) is { } apposed)
            return apposed;
        return p < start ? knowledge.TypeCues.NounEndingAt(text, p) : null;
    }

    private EntityType? Appositive(string text, int position)
    {
        // An apposition opens with a comma or a demonstrative (这…): most names are followed by neither.
        if (position >= text.Length || text[position] is not ('，' or ',' or '这')) return null;
        // "ViTok 这一轻量级自编码器": a demonstrative apposition needs no comma.
        var demonstrative = text.AsSpan(position).StartsWith("这一") || text.AsSpan(position).StartsWith("这个") || text.AsSpan(position).StartsWith("这种");
        if (text[position] is not ('，' or ',') && !demonstrative) return null;
        var p = demonstrative ? position : CharClass.SkipSpaces(text, position + 1);
        if (!StartsWithOpener(text.AsSpan(p), knowledge.TypeCues.AppositiveOpeners)) return null;
        var end = p;
        while (end < text.Length && end - p < AppositiveReach && !(CharClass.IsClauseBreak(text[end]) || text[end] == '.')) end++;
        // Chinese puts the head noun last ("一个以自我为中心的世界探索框架"); a cue inside the clause is only a modifier
        // ("一个基于模型确定性…的代理"). English puts the head first ("a framework that ...").
        if (!CharClass.IsCjk(text[p])) return FirstCue(text, p, end);
        for (var last = end - 1; last >= p; last--)
        {
            if (knowledge.TypeCues.AfterAt(text, last) is not { } t) continue;
            var tail = text.AsSpan(last, end - last).Trim();
            return tail.Length <= 5 ? t : null;
        }
        return null;
    }

    private EntityType? FirstCue(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (knowledge.TypeCues.AfterAt(text, i) is { } t) return t;
        return null;
    }

    private static bool StartsWithOpener(ReadOnlySpan<char> rest, IReadOnlyList<string> openers)
    {
        foreach (var opener in openers)
            if (rest.StartsWith(opener, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
