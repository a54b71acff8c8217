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

    public IReadOnlyList<Mention> Find(string title, string? translatedTitle, string abstractText)
    {
        var mentions = new List<Mention>();
        var (prefix, hasSeparator) = Prefix(title);
        var own = OwnName(prefix, hasSeparator, translatedTitle);
        if (own is not null) mentions.Add(own);

        var aligned = AlignedChineseName(prefix, hasSeparator, translatedTitle, abstractText);
        if (aligned is not null && own is null) mentions.Add(aligned);

        foreach (var m in latinNames.Find(title, inTitle: true))
        {
            if (own is not null && m.Start < own.End) continue;
            var tokens = LatinTokenizer.Tokenize(m.Name);
            // A title phrase is a name when it is known, extends a known model ("Claude 3.5 Computer Use"), or is
            // name-shaped and also written in the abstract; title case alone ("Unified LLaMA Interface") is not enough.
            if (m.Known is not null || ExtendsKnownModel(m.Name)
                || (tokens.Any(t => t.IsStronglyNameShaped && !knowledge.GenericTerms.Contains(t.Span)) && abstractText.Contains(m.Name, StringComparison.OrdinalIgnoreCase))
                || (tokens.Count == 1 && FollowedBySingularTypeNoun(title, m.End) && abstractText.Contains(m.Name, StringComparison.Ordinal)))
                mentions.Add(m with { InTitle = true });
        }
        return mentions;
    }

    /// <summary>The abstract's spellings of the paper's own name: the name itself and its rendering in the translated title.</summary>
    public static IEnumerable<Mention> FindInText(Mention own, string text)
    {
        foreach (var surface in own.Surfaces.Where(s => s.Length >= 2).Distinct())
        {
            var at = 0;
            while ((at = text.IndexOf(surface, at, StringComparison.Ordinal)) >= 0)
            {
                var end = at + surface.Length;
                var whole = (at == 0 || !CharClass.IsNameChar(text[at - 1])) && (end == text.Length || !CharClass.IsNameChar(text[end]));
                if (whole) yield return new Mention(at, surface.Length, own.Name) { Aliases = own.Aliases, Known = own.Known };
                at = end;
            }
        }
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
        foreach (var noun in new[] { " Approach", " Framework", " Method", " Model", " Benchmark", " Dataset", " Algorithm" })
            if (title.AsSpan(end).StartsWith(noun, StringComparison.Ordinal)
                && (end + noun.Length == title.Length || !char.IsLetter(title[end + noun.Length])))
                return true;
        return false;
    }

    private static (string Prefix, bool HasSeparator) Prefix(string title)
    {
        var cut = title.Length;
        foreach (var sep in new[] { ": ", "：", ", ", " -- ", " - ", "? " })
        {
            var at = title.IndexOf(sep, StringComparison.Ordinal);
            if (at > 0 && at < cut) cut = at;
        }
        if (cut == title.Length && title.EndsWith(':')) cut = title.Length - 1;
        return (title[..cut].Trim(), cut < title.Length);
    }

    private Mention? OwnName(string prefix, bool hasSeparator, string? translatedTitle)
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
        // "SageAttention2 Technical Report": generic words after the name are not part of it.
        while (tokens.Count > 1 && knowledge.GenericTerms.Contains(tokens[^1].Span)) tokens.RemoveAt(tokens.Count - 1);
        if (tokens.Count > 0 && alias is null) name = name[..tokens[^1].End];
        if (tokens.Count == 0 || tokens.Count > MaxNameTokens || tokens[0].Start != 0 || tokens[^1].End != name.Length) return null;
        if (name.Any(c => CharClass.IsCjk(c) || c is '?' or '!' or '"')) return null;
        if (tokens.Any(t => knowledge.StopWords.Contains(t.Span) || !t.IsCapitalised)) return null;
        if (knowledge.GenericTerms.Contains(name)) return null;
        var known = knowledge.Lexicon.TryFind(name, out var entry) ? entry : null;
        // A lone capitalised word ("Sapiens:") names the paper's system; several plain words ("Padding Tone:") usually do not.
        var shaped = tokens.Any(t => t.IsNameShaped) || (tokens.Count == 1 && hasSeparator) || known is not null;
        if (!shaped || (!hasSeparator && !tokens.Any(t => t.IsNameShaped))) return null;
        var aliases = new List<string>();
        if (alias is not null) aliases.Add(alias);
        // "1.58-bit FLUX" is "1.58 位 FLUX" in the translated title and in the abstract.
        if (translatedTitle is not null)
        {
            var (translated, _) = Prefix(translatedTitle);
            if (!hasSeparator) translated = translatedTitle.Trim();
            if (translated != name && translated.Length <= name.Length + 6 && translated.Any(CharClass.IsCjk)
                && tokens.Any(t => translated.AsSpan().IndexOf(t.Span) >= 0))
                aliases.Add(translated);
        }
        return new Mention(0, name.Length, name) { Aliases = aliases, Known = known, InTitle = true, IsTitleName = true };
    }

    /// <summary>A plain English title phrase whose translation, a pure Chinese term, is used in the abstract.</summary>
    private static Mention? AlignedChineseName(string prefix, bool hasSeparator, string? translatedTitle, string abstractText)
    {
        if (translatedTitle is null) return null;
        var words = prefix.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5 || !words.All(w => char.IsUpper(w[0]) || w is "of" or "for" or "and")) return null;
        var (chinese, _) = Prefix(translatedTitle);
        if (!hasSeparator) chinese = translatedTitle.Trim();
        if (chinese.Length is < 2 or > 16 || !chinese.All(CharClass.IsCjk)) return null;
        if (!abstractText.Contains(chinese, StringComparison.Ordinal)) return null;
        return new Mention(0, prefix.Length, prefix) { Aliases = [chinese], InTitle = true };
    }
}
