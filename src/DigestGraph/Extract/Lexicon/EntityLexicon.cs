using System.Text.Json.Nodes;
using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Lexicon;

/// <summary>
/// Well-known entities loaded from the embedded <c>Data/lexicon/*.json</c> files: lookup of a name by folding, and a
/// scan of a text for every alias (longest match first, whole words for Latin aliases).
/// </summary>
public sealed class EntityLexicon
{
    private readonly FoldedLookup<LexiconEntry> _byFold = new();
    // Scan aliases by their first two characters (lower case), longest first.
    private readonly Dictionary<int, ThirdCharIndex<(IgnoreCaseText Alias, LexiconEntry Entry)>> _byPrefix;
    // Every character an alias can start with, in both cases: the scan asks only there for the first two.
    private readonly CharSet _firstChars;
    // Every character whose lower case an alias has second: most first characters in Chinese text are not followed by one.
    private readonly CharSet _secondChars;
    private readonly KeyFilter _prefixes = new();

    // Short capitalised acronyms (SD, MC, PO) must match case, or ordinary words would match them.
    private const int ShortAlias = 5;

    public EntityLexicon(IEnumerable<LexiconEntry> entries)
    {
        Entries = entries.ToArray();
        var byPrefix = new Dictionary<int, List<(string Alias, bool CaseSensitive, LexiconEntry Entry)>>();
        foreach (var entry in Entries)
        {
            foreach (var surface in entry.Aliases.Prepend(entry.Name))
            {
                _byFold.TryAdd(surface, entry);
                foreach (var variant in SpacingVariants(surface)) AddScanAlias(byPrefix, variant, entry);
            }
        }
        foreach (var list in byPrefix.Values) list.Sort((a, b) => b.Alias.Length.CompareTo(a.Alias.Length));
        _byPrefix = byPrefix.ToDictionary(kv => kv.Key, kv => new ThirdCharIndex<(IgnoreCaseText Alias, LexiconEntry Entry)>(
            kv.Value.Select(x => (new IgnoreCaseText(x.Alias, x.CaseSensitive), x.Entry)).ToArray(), x => x.Alias));
        _firstChars = new CharSet(InvariantCase.InEitherCase(byPrefix.Values.SelectMany(list => list.Select(x => x.Alias[0]))));
        var seconds = byPrefix.Keys.Select(key => (char)key).ToHashSet();
        _secondChars = CharSet.Where(c => seconds.Contains(InvariantCase.ToLower(c)));
        Count = _byFold.Count;
    }

    /// <summary>Number of distinct folded surfaces.</summary>
    public int Count { get; }

    /// <summary>The entries as given, for a lexicon made from this one (<see cref="Without"/>).</summary>
    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>This lexicon less the entries that any of <paramref name="names"/> names (by name or alias, after folding).</summary>
    public EntityLexicon Without(IEnumerable<string> names)
    {
        var left = new TermSet(names);
        return new EntityLexicon(Entries.Where(e => !left.Contains(e.Name) && !e.Aliases.Any(a => left.Contains(a))));
    }

    public static EntityLexicon Default { get; } = LoadEmbedded();

    /// <summary>The entry a name or a part of one folds to ("Llava" in "Llava-CoT" is LLaVA's family).</summary>
    public bool TryFind(ReadOnlySpan<char> surface, out LexiconEntry entry) => _byFold.TryGetValue(surface, out entry);

    /// <summary>
    /// The entry a name written on its own stands for: as <see cref="TryFind"/>, but a short capitalised alias only in
    /// its own case, as the scan requires ("Map" in a title is not mAP).
    /// </summary>
    public bool TryFindStandalone(ReadOnlySpan<char> surface, out LexiconEntry entry) =>
        TryFind(surface, out entry) && (surface.Length > ShortAlias || CaseFits(surface, entry));

    /// <summary>Whether no alias the surface spells differs from it only by the case a short alias must keep; a surface that folding found otherwise is taken.</summary>
    private static bool CaseFits(ReadOnlySpan<char> surface, LexiconEntry entry)
    {
        var onlyInOtherCase = false;
        for (var k = -1; k < entry.Aliases.Count; k++)
        {
            var alias = k < 0 ? entry.Name : entry.Aliases[k];
            if (!SameLetters(alias, surface, ignoreCase: true)) continue;
            if (!IsCaseSensitive(alias) || SameLetters(alias, surface, ignoreCase: false)) return true;
            onlyInOtherCase = true;
        }
        return !onlyInOtherCase;
    }

    /// <summary>Whether two names have the same letters and digits in order (what folding compares), optionally in the same case.</summary>
    private static bool SameLetters(ReadOnlySpan<char> a, ReadOnlySpan<char> b, bool ignoreCase)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && !char.IsLetterOrDigit(a[i])) i++;
            while (j < b.Length && !char.IsLetterOrDigit(b[j])) j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
            if (ignoreCase ? char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[j]) : a[i] != b[j]) return false;
            i++;
            j++;
        }
    }

    private static bool IsCaseSensitive(string alias) => alias.Length <= ShortAlias && alias.Any(char.IsUpper);

    /// <summary>Every alias occurrence, left to right, the longest at each position, not overlapping.</summary>
    public IReadOnlyList<LexiconMatch> Scan(string text)
    {
        // Most texts name few known entities: the list is made at the first.
        List<LexiconMatch>? matches = null;
        var i = 0;
        while (i < text.Length - 1)
        {
            var c = text[i];
            var wordStart = _firstChars.Contains(c) && _secondChars.Contains(text[i + 1])
                && (CharClass.IsCjk(c) || (CharClass.IsNameChar(c) && (i == 0 || !CharClass.IsNameChar(text[i - 1]))));
            if (wordStart && LongestAt(text, i) is { } match)
            {
                (matches ??= []).Add(match);
                i += match.Length;
            }
            else i++;
        }
        return matches ?? (IReadOnlyList<LexiconMatch>)[];
    }

    /// <summary>The longest alias written at <paramref name="i"/> and not running on into a word.</summary>
    private LexiconMatch? LongestAt(string text, int i)
    {
        var key = PrefixKey(text.AsSpan(i, 2));
        if (!_prefixes.MayContain(key) || !_byPrefix.TryGetValue(key, out var candidates)) return null;
        foreach (var (alias, entry) in candidates.At(text, i))
        {
            if (!alias.IsAt(text, i)) continue;
            var end = i + alias.Length;
            if (CharClass.IsNameChar(alias.Value[^1]) && end < text.Length && CharClass.IsNameChar(text[end])) continue;
            if (IsModifierTail(text, i, end) || IsSentencesArticle(text, i, alias.Value) || IsCamelCaseInLowerCase(text, i, alias.Value)) continue;
            return new LexiconMatch(i, alias.Length, entry);
        }
        return null;
    }

    /// <summary>"the University of Texas at Austin": an alias opening with "The" starts there only when the text capitalises it; a lower-case "the" is the sentence's.</summary>
    private static bool IsSentencesArticle(string text, int start, string alias) =>
        text[start] == 't' && alias.StartsWith("The ", StringComparison.Ordinal);

    /// <summary>"the minimax optimal rate": a camel-case name ("MiniMax", "DeepSeek") written all in lower case is an ordinary word.</summary>
    private static bool IsCamelCaseInLowerCase(string text, int start, string alias)
    {
        var camel = false;
        for (var k = 1; k < alias.Length && !camel; k++) camel = char.IsUpper(alias[k]) && char.IsLower(alias[k - 1]);
        return camel && !text.AsSpan(start, alias.Length).ContainsAnyInRange('A', 'Z');
    }

    /// <summary>A lower-case known name as the tail of a hyphenated modifier: "full-precision" and "high-accuracy" name no metric.</summary>
    private static bool IsModifierTail(string text, int start, int end)
    {
        if (text.AsSpan(start, end - start).ContainsAnyInRange('A', 'Z')) return false;
        return start >= 2 && text[start - 1] == '-' && CharClass.IsLatinLetter(text[start - 2]);
    }

    private void AddScanAlias(Dictionary<int, List<(string Alias, bool CaseSensitive, LexiconEntry Entry)>> byPrefix, string alias, LexiconEntry entry)
    {
        if (alias.Length < 2) return;
        var key = PrefixKey(alias.AsSpan(0, 2));
        if (!byPrefix.TryGetValue(key, out var list)) byPrefix[key] = list = [];
        _prefixes.Add(key);
        if (!list.Any(x => x.Alias == alias)) list.Add((alias, IsCaseSensitive(alias), entry));
    }

    private static int PrefixKey(ReadOnlySpan<char> two) => InvariantCase.ToLower(two[0]) << 16 | InvariantCase.ToLower(two[1]);

    /// <summary>Chinese text writes a Latin part with or without spaces (天玑 9300 / 天玑9300); both are scanned for.</summary>
    private static IEnumerable<string> SpacingVariants(string alias)
    {
        yield return alias;
        if (!alias.Any(CharClass.IsCjk)) yield break;
        var compact = new System.Text.StringBuilder();
        for (var i = 0; i < alias.Length; i++)
        {
            if (alias[i] == ' ' && i > 0 && i + 1 < alias.Length && (CharClass.IsCjk(alias[i - 1]) || CharClass.IsCjk(alias[i + 1])))
                continue;
            compact.Append(alias[i]);
        }
        var c = compact.ToString();
        if (c != alias) yield return c;
        var spaced = new System.Text.StringBuilder();
        for (var i = 0; i < c.Length; i++)
        {
            if (i > 0 && (CharClass.IsCjk(c[i]) && CharClass.IsNameChar(c[i - 1]) || CharClass.IsNameChar(c[i]) && CharClass.IsCjk(c[i - 1])))
                spaced.Append(' ');
            spaced.Append(c[i]);
        }
        var s = spaced.ToString();
        if (s != alias && s != c) yield return s;
    }

    private static EntityLexicon LoadEmbedded()
    {
        var entries = new List<LexiconEntry>();
        foreach (var resource in EmbeddedData.ResourcesUnder("lexicon"))
            entries.AddRange(Parse(EmbeddedData.ReadJson(resource), resource));
        return new EntityLexicon(entries);
    }

    /// <summary>Reads one lexicon file: <c>{"type": "Model", "entries": [{"name": ..., "aliases": [...], "types": [...]}]}</c>.</summary>
    public static IEnumerable<LexiconEntry> Parse(JsonNode root, string source)
    {
        var fileType = Enum.Parse<EntityType>((string?)root["type"] ?? throw new FormatException($"{source}: missing \"type\""));
        var index = 0;
        foreach (var node in root["entries"]?.AsArray() ?? [])
        {
            index++;
            var name = (string?)node?["name"] ?? throw new FormatException($"{source}: entry {index} has no name");
            var types = (node!["types"]?.AsArray() ?? []).Select(t => Enum.Parse<EntityType>((string)t!)).ToArray();
            var aliases = (node["aliases"]?.AsArray() ?? []).Select(a => (string?)a).OfType<string>().ToArray();
            yield return new LexiconEntry(name, types.Length > 0 ? types : [fileType], aliases);
        }
    }
}
