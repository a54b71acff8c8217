using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Candidates;

/// <summary>
/// Finds a name and its other form written side by side with brackets: <c>Mixed Preference Optimization (MPO)</c>,
/// <c>混合偏好优化 (MPO)</c>, <c>(Next Token Prediction, NTP)</c>, <c>SCRIT (Self-evolving CRITic)</c>,
/// <c>闪电注意力（Lightning Attention）</c>, <c>xGen-MM（亦称 BLIP-3）</c>, and a backbone variant <c>V-JEPA（ViT-L）</c>.
/// </summary>
public sealed class AcronymPairFinder(ExtractionKnowledge knowledge)
{
    private const int MaxInner = 80;
    private const int MaxChineseTerm = 16;

    private static readonly string[] AliasMarkers = ["亦称", "也称", "又称", "简称", "或称", "即", "aka", "a.k.a.", "also known as", "short for"];
    // Words that make a bracket a description ("包括平面和金字塔两种形式") rather than a long form.
    private static readonly string[] DescriptionWords = ["包括", "包含", "以及", "例如", "一种", "两种", "和", "与", "及", "了", "是", "等"];
    private static readonly string[] ChineseBoundaries =
    [
        "一种", "一个", "一套", "一款", "一系列", "名为", "称为", "即为", "采用", "使用", "利用", "基于", "通过", "结合",
        "以及", "如", "例如", "带有", "包括", "的", "了", "即", "和", "与", "及", "在", "于", "将", "对", "为", "是", "等", "个", "种", "——",
    ];

    public IReadOnlyList<Mention> Find(string text)
    {
        var mentions = new List<Mention>();
        // Brackets are few: the next one is searched for vectorised.
        for (var open = NextOpenParen(text, 0); open >= 0; open = NextOpenParen(text, open + 1))
        {
            var close = FindClose(text, open);
            if (close < 0) continue;
            // Most brackets hold numbers or Chinese clauses: the letter test reads the text in place.
            var innerSpan = text.AsSpan(open + 1, close - open - 1).Trim();
            if (!CharClass.HasLetter(innerSpan)) continue;
            var mention = Pair(text, open, close, innerSpan.ToString());
            if (mention is not null) mentions.Add(mention);
        }
        return mentions;
    }

    private static int NextOpenParen(string text, int from)
    {
        var at = text.AsSpan(from).IndexOfAny('(', '（');
        return at < 0 ? -1 : from + at;
    }

    private static int FindClose(string text, int open)
    {
        for (var i = open + 1; i < text.Length && i - open <= MaxInner; i++)
        {
            if (CharClass.IsCloseParen(text[i])) return i;
            if (CharClass.IsOpenParen(text[i]) || text[i] is '\n' or '。') return -1;
        }
        return -1;
    }

    private Mention? Pair(string text, int open, int close, string inner)
    {
        foreach (var marker in AliasMarkers)
            if (inner.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
                return AliasAfterName(text, open, close, inner[marker.Length..].Trim());

        if (!CharClass.HasCjk(inner)) return LatinPair(text, open, close, inner);

        // "VA-VAE（视觉基础模型对齐变分自编码器）": a name followed by its Chinese long form.
        if (inner.Length is >= 2 and <= 20 && CharClass.AllCjk(inner) && PrecedingLatinName(text, open) is { } latin && LooksLikeAcronym(latin.Name)
            && IsChineseLongFormOf(latin.Name, inner))
            return Build(text, open, close, latin.Name, null, inner, latin.Start);
        return null;
    }

    /// <summary>A bracket holding Latin script only: an acronym, a long form, an alias list or a backbone variant.</summary>
    private Mention? LatinPair(string text, int open, int close, string inner)
    {
        // "(English Long Form, ACR)" after a Chinese term.
        var comma = inner.AsSpan().IndexOfAny(',', '，');
        if (comma > 0)
        {
            var longForm = inner[..comma].Trim();
            var shortForm = inner[(comma + 1)..].Trim();
            if (LooksLikeAcronym(shortForm) && (longForm.Contains(' ') || longForm.Contains('-')))
                return Build(text, open, close, shortForm, longForm, ChineseTermBefore(text, open));
            return null;
        }

        var innerTokens = LatinTokenizer.Tokenize(inner);
        if (innerTokens.Count is >= 1 and <= 6)
        {
            var before = PrecedingLatinName(text, open);
            // "V-JEPA (ViT-L)": a backbone variant, part of the model's name.
            if (before is not null && innerTokens.Count == 1 && IsBackboneVariant(inner))
            {
                var name = $"{before.Value.Name} ({inner})";
                return new Mention(before.Value.Start, close + 1 - before.Value.Start, name) { TypeHint = EntityType.Model };
            }
            // "Segment Anything Model 2 (SAM 2)": an acronym with its version number is one too.
            if (LooksLikeAcronym(inner) && innerTokens.Count == 1 || IsVersionedAcronym(innerTokens))
            {
                var longForm = before is not null ? LongFormFor(inner, text, EnglishWindowStart(text, open, inner.Length + 5), open) : null;
                // "BumbleBee (BB)": a one-word long form is the name itself, the acronym its alias.
                if (longForm is { Text: var word } && CapitalsAre(word, inner))
                    return Build(text, open, close, word, inner, null, longForm.Value.Start);
                if (longForm is not null)
                    return Build(text, open, close, inner, longForm.Value.Text, null, longForm.Value.Start);
                var chinese = AgreeingChinese(inner, ChineseTermBefore(text, open));
                if (chinese is not null) return Build(text, open, close, inner, null, chinese);
                return null;
            }
            // "SCRIT (Self-evolving CRITic)": a name followed by its spelled-out form ("GPUs (NVIDIA A100)" is an example, not one).
            if (before is { } n && innerTokens.Count >= 2 && LooksLikeAcronym(n.Name) && SpelledOutBy(n.Name, inner))
                return Build(text, open, close, n.Name, inner, null, n.Start);
            // "闪电注意力（Lightning Attention）", "六维姿态跟踪（6D pose tracking）".
            var term = AgreeingChinese(inner, ChineseTermBefore(text, open));
            if (term is not null && (AnyCapitalised(innerTokens) || knowledge.Lexicon.TryFind(inner, out _)))
                return Build(text, open, close, inner, null, term);
        }
        return null;
    }

    private static bool AnyCapitalised(List<LatinToken> tokens)
    {
        foreach (var t in tokens)
            if (t.IsCapitalised) return true;
        return false;
    }


    /// <summary>
    /// A Chinese form beside a name the lexicon knows is its alias only when the lexicon agrees: "视觉（关键帧）、音频（ASR）"
    /// names modalities, not translations, and a wrong alias would merge every later "音频" into ASR.
    /// </summary>
    private string? AgreeingChinese(string name, string? chinese) =>
        chinese is null || !knowledge.Lexicon.TryFind(name, out var entry) || SameEntry(chinese, entry) ? chinese : null;

    /// <summary>
    /// Brackets after a name also describe a setting ("Hi4D（深度）", "Humans-2K（部分分割）") or the name
    /// ("VisionLLaMA（包括平面和金字塔两种形式）"): a long form is a term of four or more characters with no function
    /// word, after a name without a size or version number; a known name takes only the forms the lexicon gives it.
    /// </summary>
    private bool IsChineseLongFormOf(string name, string inner)
    {
        if (knowledge.Lexicon.TryFind(name, out var entry)) return SameEntry(inner, entry);
        return inner.Length >= 4 && !name.Any(char.IsDigit)
            && !DescriptionWords.Any(w => inner.Contains(w, StringComparison.Ordinal));
    }

    private bool SameEntry(string surface, LexiconEntry entry) =>
        knowledge.Lexicon.TryFind(surface, out var other) && ReferenceEquals(other, entry);

    private Mention? AliasAfterName(string text, int open, int close, string alias)
    {
        var before = PrecedingLatinName(text, open);
        if (before is null || alias.Length == 0 || !alias.Any(char.IsLetter)) return null;
        return new Mention(before.Value.Start, close + 1 - before.Value.Start, before.Value.Name) { Aliases = [alias] };
    }

    private Mention Build(string text, int open, int close, string shortForm, string? longForm, string? chinese, int start = -1)
    {
        // The acronym decides, unless the text spells it out as something else ("sliding window attention (SWA)" is not
        // the lexicon's Stochastic Weight Averaging); a long form is known only when the lexicon has it whole (not
        // "序列并行" inside "多模态序列并行").
        var byAcronym = Known(shortForm);
        var redefined = byAcronym is not null && longForm is not null && !SpellsOut(longForm, byAcronym);
        if (redefined) byAcronym = null;
        var known = byAcronym ?? Known(longForm) ?? Known(chinese);
        if (known is not null && known.Type == EntityType.Organization) known = null;
        var name = known?.Name ?? shortForm;
        var aliases = new List<string>(3);
        AddAlias(aliases, shortForm, name);
        AddAlias(aliases, longForm, name);
        AddAlias(aliases, chinese, name);
        var beforeBracket = open;
        while (beforeBracket > 0 && text[beforeBracket - 1] == ' ') beforeBracket--;
        var s = start >= 0 ? start : chinese is not null ? beforeBracket - chinese.Length : open;
        return new Mention(Math.Max(0, s), close + 1 - Math.Max(0, s), name)
        {
            Aliases = aliases.ToArray(),
            Known = known,
            TypeHint = known is null ? TypeFromHead(longForm ?? chinese) : null,
            Redefines = redefined ? shortForm : null,
        };
    }

    /// <summary>
    /// Whether a long form is the entry's: the entry has no spelled-out Latin name to compare with ("LPIPS 分数" is
    /// none), or one of them shares at least half its words with the long form ("reinforcement learning with human
    /// feedback" for RLHF).
    /// </summary>
    private static bool SpellsOut(string longForm, LexiconEntry entry)
    {
        var words = Words(longForm);
        var compared = false;
        foreach (var spelled in entry.Aliases.Prepend(entry.Name))
        {
            if (CharClass.HasCjk(spelled)) continue;
            var spelledWords = Words(spelled);
            if (spelledWords.Length < 2) continue;
            compared = true;
            if (spelledWords.Count(words.Contains) * 2 >= spelledWords.Length) return true;
        }
        return !compared;
    }

    private static string[] Words(string name) =>
        name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToArray();

    /// <summary>The lexicon entry of a form, when there is a (non-empty) form and the lexicon knows it.</summary>
    private LexiconEntry? Known(string? form) => form is { Length: > 0 } && knowledge.Lexicon.TryFind(form, out var e) ? e : null;

    /// <summary>A (non-empty) form is an alias when it folds unlike the name; each form once.</summary>
    private static void AddAlias(List<string> aliases, string? form, string name)
    {
        if (form is { Length: > 0 } && !NameFolding.SameFold(form, name) && !aliases.Contains(form)) aliases.Add(form);
    }

    /// <summary>The head word of a long form says what it is: "... Optimization" is a method, "... 数据集" a dataset.</summary>
    private EntityType? TypeFromHead(string? longForm)
    {
        if (longForm is null) return null;
        var trimmed = longForm.TrimEnd();
        for (var i = 0; i < trimmed.Length; i++)
        {
            var t = knowledge.TypeCues.AfterAt(trimmed, i);
            if (t is not null && CueRunsToEnd(trimmed, i)) return t;
        }
        return null;
    }

    private static bool CueRunsToEnd(string s, int i) =>
        s.Length - i <= 5 && (i == 0 || !CharClass.IsLatinLetter(s[i]) || s[i - 1] == ' ');

    private bool IsBackboneVariant(string inner) =>
        inner.Contains('-') && knowledge.Lexicon.TryFind(inner.AsSpan(0, inner.LastIndexOf('-')), out var e) && e.Type is EntityType.Method or EntityType.Model;

    private static bool IsVersionedAcronym(List<LatinToken> tokens) =>
        tokens.Count == 2 && LooksLikeAcronym(tokens[0].Text) && tokens[1].IsNumber && tokens[1].Start - tokens[0].End == 1;

    private static bool LooksLikeAcronym(string s)
    {
        if (s.Length is < 2 or > 20 || s.Contains(' ') || !CharClass.HasLetter(s) || !char.IsLetterOrDigit(s[0])) return false;
        var capitals = 0;
        var digit = false;
        foreach (var c in s)
        {
            if (char.IsUpper(c)) capitals++;
            digit |= char.IsDigit(c);
        }
        return capitals >= 2 || digit || (char.IsUpper(s[0]) && s.Length <= 12);
    }

    /// <summary>The Latin word or words right before the bracket (one space allowed).</summary>
    private static (int Start, string Name)? PrecedingLatinName(string text, int open)
    {
        var end = open;
        while (end > 0 && text[end - 1] == ' ') end--;
        if (end == 0 || !CharClass.IsNameChar(text[end - 1])) return null;
        var tokens = LatinTokenizer.Tokenize(text, Math.Max(0, end - 60), end);
        if (tokens.Count == 0 || tokens[^1].End != end) return null;
        var first = tokens.Count - 1;
        while (first > 0 && tokens[first].Start - tokens[first - 1].End == 1 && text[tokens[first - 1].End] == ' ' && tokens[first - 1].IsCapitalised && first > tokens.Count - 6)
            first--;
        return (tokens[first].Start, text[tokens[first].Start..end]);
    }

    /// <summary>Where the Latin words before a bracket begin, at most <paramref name="maxWords"/> words back and not across punctuation.</summary>
    private static int EnglishWindowStart(string text, int open, int maxWords)
    {
        var p = open;
        var words = 0;
        while (p > 0 && words <= maxWords)
        {
            var c = text[p - 1];
            if (c == ' ') { words++; p--; continue; }
            // A long form never reaches back into the previous sentence ("… tokens. Human evaluators … X (Taor)").
            if (c == '.' && SentenceSplitter.EndsEnglishSentence(text, p - 1)) break;
            if (CharClass.IsNameChar(c) || c is '-' or '.' or '\'' or '/') { p--; continue; }
            break;
        }
        while (p < open && text[p] == ' ') p++;
        return p;
    }

    /// <summary>Schwartz–Hearst: the shortest run of preceding words whose letters spell the acronym in order.</summary>
    private static (int Start, string Text)? LongFormFor(string acronym, string text, int from, int open)
    {
        var end = open;
        while (end > from && text[end - 1] == ' ') end--;
        var window = text[from..end];
        var words = window.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var letters = acronym.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray();
        if (letters.Length == 0 || words.Length < 2 && !window.Contains('-')) return null;
        for (var k = 1; k <= Math.Min(words.Length, letters.Length + 4); k++)
        {
            var candidate = string.Join(' ', words[^k..]);
            if (char.ToLowerInvariant(candidate[0]) != letters[0]) continue;
            if (Spells(letters, candidate.ToLowerInvariant()) && (k >= 2 || candidate.Contains('-') || CapitalsAre(candidate, acronym)))
                return (end - candidate.Length, candidate);
        }
        // "Tensor Product Attention Transformer (T6)": a number in the acronym need not be spelled out.
        var lettersOnly = letters.Where(char.IsLetter).ToArray();
        if (lettersOnly.Length < letters.Length && lettersOnly.Length > 0)
        {
            for (var k = 1; k <= Math.Min(words.Length, lettersOnly.Length + 4); k++)
            {
                var candidate = string.Join(' ', words[^k..]);
                if (char.ToLowerInvariant(candidate[0]) != lettersOnly[0] || !words[^k..].All(w => char.IsUpper(w[0]))) continue;
                if (Spells(lettersOnly, candidate.ToLowerInvariant()) && (k >= 2 || lettersOnly.Length >= 2 && candidate.Count(char.IsUpper) >= lettersOnly.Length))
                    return (end - candidate.Length, candidate);
            }
        }
        return null;
    }

    /// <summary>"BumbleBee (BB)": one camel-case word whose capitals are the acronym.</summary>
    private static bool CapitalsAre(string word, string acronym) =>
        acronym.Length >= 2 && !word.Contains(' ') && !word.Contains('-') && word.Where(char.IsUpper).SequenceEqual(acronym);

    /// <summary>Whether the long form's words spell the acronym's letters in order, its first letter opening a word.</summary>
    private static bool SpelledOutBy(string acronym, string longForm)
    {
        var letters = acronym.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray();
        return letters.Length > 0 && Spells(letters, longForm.ToLowerInvariant());
    }

    private static bool Spells(char[] letters, string longForm)
    {
        var l = longForm.Length - 1;
        for (var s = letters.Length - 1; s >= 0; s--)
        {
            var c = letters[s];
            while (l >= 0 && (longForm[l] != c || (s == 0 && l > 0 && char.IsLetterOrDigit(longForm[l - 1])))) l--;
            if (l < 0) return false;
            l--;
        }
        return true;
    }

    /// <summary>The Chinese term right before a bracket, cut at the nearest function word unless the lexicon knows a longer one.</summary>
    private string? ChineseTermBefore(string text, int open)
    {
        var end = open;
        while (end > 0 && text[end - 1] == ' ') end--;
        var start = end;
        while (start > 0 && end - start < MaxChineseTerm + 8 && (CharClass.IsCjk(text[start - 1]) || IsInnerLatin(text, start - 1)))
            start--;
        if (start == end || !CharClass.IsCjk(text[end - 1])) return null;
        var segment = text.AsSpan(start, end - start).Trim();
        var cut = 0;
        foreach (var boundary in ChineseBoundaries)
        {
            var at = segment.LastIndexOf(boundary);
            if (at >= 0 && at + boundary.Length > cut && at + boundary.Length < segment.Length) cut = at + boundary.Length;
        }
        // A known term longer than the cut ("行为克隆" across the 为) wins over the function-word cut.
        for (var i = 0; i < cut; i++)
            if (knowledge.Lexicon.TryFind(segment[i..], out _)) { cut = i; break; }
        var term = segment[cut..].Trim();
        return term.Length is >= 2 and <= MaxChineseTerm && CharClass.HasCjk(term) ? term.ToString() : null;
    }

    private static bool IsInnerLatin(string text, int i) =>
        (CharClass.IsNameChar(text[i]) || text[i] == ' ') && i > 0 && i + 1 < text.Length;
}
