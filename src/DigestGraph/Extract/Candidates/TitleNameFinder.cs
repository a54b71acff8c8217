using System.Runtime.InteropServices;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Candidates;

/// <summary>
/// The names a title gives: the paper's own name before the colon (<c>LLaVA-o1: ...</c>, <c>HuatuoGPT-o1, Towards ...</c>,
/// or a short name-shaped title like <c>1.58-bit FLUX</c>), the English name of a Chinese term that the translated title
/// aligns with (<c>Explanatory Instructions</c> = <c>解释性指令</c>), and other name-shaped phrases of the title.
/// </summary>
public sealed class TitleNameFinder(ExtractionKnowledge knowledge, LatinNameFinder latinNames)
{
    private const int MaxNameTokens = 3;
    private static readonly string[] SingularTypeNouns = [" Approach", " Framework", " Method", " Model", " Benchmark", " Dataset", " Algorithm"];
    private static readonly string[] PrefixSeparators = [": ", "：", ", ", " -- ", " - ", "? "];

    public IReadOnlyList<Mention> Find(string title, string? translatedTitle, string abstractText)
    {
        var mentions = new List<Mention>();
        var (prefix, hasSeparator) = Prefix(title);
        var own = OwnName(prefix, hasSeparator, translatedTitle, abstractText);
        if (own is not null) mentions.Add(own);

        var aligned = AlignedChineseName(prefix, hasSeparator, translatedTitle, abstractText);
        if (aligned is not null && own is null) mentions.Add(aligned);

        foreach (var m in latinNames.Find(title, inTitle: true))
        {
            if (own is not null && m.Start < own.End) continue;
            // A title phrase is a name when it is known, extends a known model ("Claude 3.5 Computer Use"), or is
            // name-shaped and also written in the abstract; title case alone ("Unified LLaMA Interface") is not enough.
            // (The finder has marked it as in the title.)
            if (m.Known is not null || ExtendsKnownModel(m.Name)
                || (HasStronglyShapedWord(m.Name) && abstractText.Contains(m.Name, StringComparison.OrdinalIgnoreCase))
                || (IsOneWord(m.Name) && FollowedBySingularTypeNoun(title, m.End) && abstractText.Contains(m.Name, StringComparison.Ordinal)))
                mentions.Add(m);
        }
        return mentions;
    }

    /// <summary>The abstract's spellings of the paper's own name: the name itself and its rendering in the translated title.</summary>
    public static IReadOnlyList<Mention> FindInText(Mention own, string text)
    {
        var found = new List<Mention>();
        AddWholeWords(found, own, own.Name, text);
        var aliases = own.Aliases;
        for (var k = 0; k < aliases.Count; k++)
            if (aliases[k] != own.Name && !AnyEqual(aliases, k, aliases[k])) AddWholeWords(found, own, aliases[k], text);
        return found;
    }

    /// <summary>Every place <paramref name="surface"/> (two characters or more) is written as whole words.</summary>
    private static void AddWholeWords(List<Mention> found, Mention own, string surface, string text)
    {
        if (surface.Length < 2) return;
        for (var at = IndexOfWholeWords(text, surface, 0); at >= 0; at = IndexOfWholeWords(text, surface, at + surface.Length))
            found.Add(new Mention(at, surface.Length, own.Name) { Aliases = own.Aliases, Known = own.Known });
    }

    /// <summary>Where <paramref name="surface"/> is next written as whole words, from <paramref name="from"/> on; -1 if nowhere.</summary>
    private static int IndexOfWholeWords(string text, string surface, int from)
    {
        var at = from;
        while ((at = text.IndexOf(surface, at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + surface.Length;
            if ((at == 0 || !CharClass.IsNameChar(text[at - 1])) && (end == text.Length || !CharClass.IsNameChar(text[end]))) return at;
            at = end;
        }
        return -1;
    }

    /// <summary>Whether one of the first <paramref name="count"/> names is <paramref name="name"/>.</summary>
    private static bool AnyEqual(IReadOnlyList<string> names, int count, string name)
    {
        for (var k = 0; k < count; k++)
            if (names[k] == name) return true;
        return false;
    }

    /// <summary>A word of the name is strongly name-shaped and not a generic term.</summary>
    private bool HasStronglyShapedWord(string name)
    {
        var position = 0;
        while (LatinTokenizer.TryNext(name, ref position, name.Length, out var word))
            if (word.IsStronglyNameShaped && !knowledge.GenericTerms.Contains(word.Span)) return true;
        return false;
    }

    private static bool IsOneWord(string name)
    {
        var position = 0;
        return LatinTokenizer.TryNext(name, ref position, name.Length, out _) && !LatinTokenizer.TryNext(name, ref position, name.Length, out _);
    }

    private bool ExtendsKnownModel(string name)
    {
        for (var i = name.Length - 1; i > 1; i--)
            if (name[i] == ' ' && knowledge.Lexicon.TryFind(name.AsSpan(0, i), out var e) && e.Type == EntityType.Model) return true;
        return false;
    }

    /// <summary>"The Minitron Approach": a single word the title calls an approach, model or framework is a name.</summary>
    private static bool FollowedBySingularTypeNoun(string title, int end)
    {
        foreach (var noun in SingularTypeNouns)
            if (title.AsSpan(end).StartsWith(noun, StringComparison.Ordinal)
                && (end + noun.Length == title.Length || !char.IsLetter(title[end + noun.Length])))
                return true;
        return false;
    }

    private static (string Prefix, bool HasSeparator) Prefix(string title)
    {
        var cut = title.Length;
        foreach (var sep in PrefixSeparators)
        {
            var at = title.IndexOf(sep, StringComparison.Ordinal);
            if (at > 0 && at < cut) cut = at;
        }
        if (cut == title.Length && title.EndsWith(':')) cut = title.Length - 1;
        return (title[..cut].Trim(), cut < title.Length);
    }

    private Mention? OwnName(string prefix, bool hasSeparator, string? translatedTitle, string abstractText)
    {
        var alias = (string?)null;
        var name = prefix;
        var paren = prefix.IndexOf(" (", StringComparison.Ordinal);
        if (paren > 0 && prefix.EndsWith(')'))
        {
            alias = prefix[(paren + 2)..^1].Trim();
            name = prefix[..paren].Trim();
        }
        var tokens = LatinTokenizer.Tokenize(name);
        // "SageAttention2 Technical Report": generic words after the name are not part of it, unless what they leave is one
        // plain word and the abstract writes the whole ("Constitutional AI").
        var kept = tokens.Count;
        while (kept > 1 && knowledge.GenericTerms.Contains(tokens[kept - 1].Span)) kept--;
        if (!(kept == 1 && tokens.Count > 1 && !tokens[0].IsNameShaped && IndexOfWholeWords(abstractText, name, 0) >= 0))
            tokens.RemoveRange(kept, tokens.Count - kept);
        if (tokens.Count > 0 && alias is null) name = name[..tokens[^1].End];
        if (tokens.Count == 0 || tokens.Count > MaxNameTokens || tokens[0].Start != 0 || tokens[^1].End != name.Length) return null;
        if (CharClass.HasCjk(name) || name.AsSpan().ContainsAny("?!\"")) return null;
        foreach (var t in tokens)
            if (knowledge.StopWords.Contains(t.Span) || !t.IsCapitalised) return null;
        if (knowledge.GenericTerms.Contains(name)) return null;
        var known = knowledge.Lexicon.TryFindStandalone(name, out var entry) ? entry : null;
        // A lone capitalised word ("Sapiens:") names the paper's system; several plain words ("Padding Tone:") usually do
        // not, unless the abstract writes them capitalised as the title does ("Foley Control is a lightweight approach").
        var nameShaped = LatinToken.AnyNameShaped(CollectionsMarshal.AsSpan(tokens));
        var shaped = nameShaped || (tokens.Count == 1 && hasSeparator) || known is not null
            || (hasSeparator && !IsPlural(name) && IndexOfWholeWords(abstractText, name, 0) >= 0);
        if (!shaped || (!hasSeparator && !nameShaped)) return null;
        var aliases = new List<string>();
        if (alias is not null) aliases.Add(alias);
        // "1.58-bit FLUX" is "1.58 位 FLUX" in the translated title and in the abstract.
        if (translatedTitle is not null)
        {
            var (translated, _) = Prefix(translatedTitle);
            if (!hasSeparator) translated = translatedTitle.Trim();
            if (translated != name && translated.Length <= name.Length + 6 && CharClass.HasCjk(translated)
                && AnyWrittenIn(tokens, translated))
                aliases.Add(translated);
        }
        return new Mention(0, name.Length, name) { Aliases = aliases, Known = known, InTitle = true, IsTitleName = true };
    }

    /// <summary>"Switch Transformers": a plural names the family the paper's one system ("Switch Transformer") belongs to.</summary>
    private static bool IsPlural(string name) => name.Length > 2 && name[^1] == 's' && name[^2] != 's';

    private static bool AnyWrittenIn(List<LatinToken> tokens, string text)
    {
        foreach (var t in tokens)
            if (text.AsSpan().IndexOf(t.Span) >= 0) return true;
        return false;
    }

    /// <summary>A plain English title phrase whose translation, a pure Chinese term, is used in the abstract.</summary>
    private static Mention? AlignedChineseName(string prefix, bool hasSeparator, string? translatedTitle, string abstractText)
    {
        if (translatedTitle is null) return null;
        if (!IsTitleCasePhrase(prefix)) return null;
        var (chinese, _) = Prefix(translatedTitle);
        if (!hasSeparator) chinese = translatedTitle.Trim();
        if (chinese.Length is < 2 or > 16 || !CharClass.AllCjk(chinese)) return null;
        if (!abstractText.Contains(chinese, StringComparison.Ordinal)) return null;
        return new Mention(0, prefix.Length, prefix) { Aliases = [chinese], InTitle = true };
    }

    /// <summary>Two to five words, each capitalised or one of "of", "for", "and".</summary>
    private static bool IsTitleCasePhrase(string prefix)
    {
        var words = 0;
        foreach (var range in prefix.AsSpan().Split(' '))
        {
            var word = prefix.AsSpan(range);
            if (word.IsEmpty) continue;
            if (++words > 5 || !(char.IsUpper(word[0]) || word is "of" or "for" or "and")) return false;
        }
        return words >= 2;
    }
}
