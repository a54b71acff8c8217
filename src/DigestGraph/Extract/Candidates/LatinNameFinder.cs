using System.Runtime.InteropServices;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Candidates;

/// <summary>
/// Finds names written in Latin script: runs of capitalised or name-shaped words (<c>Claude 3.5 Computer Use</c>,
/// <c>Llama 3.1 8B</c>, <c>InternVL2-8B-MPO</c>), trimmed of stop words and trailing type nouns, with an organization
/// in front split off (<c>OpenAI o1</c> → <c>o1</c> developed by <c>OpenAI</c>); an organization's own name read
/// whole (<c>The University of Sydney</c>, <c>Naver Labs Europe</c>).
/// </summary>
public sealed class LatinNameFinder(ExtractionKnowledge knowledge)
{
    private const int MaxPhraseTokens = 6;

    public IReadOnlyList<Mention> Find(string text, bool inTitle = false)
    {
        var mentions = new List<Mention>();
        var phrase = new List<LatinToken>();
        var position = 0;
        // Words are read one at a time and only a phrase's are kept: most of an abstract's words join no name.
        while (true)
        {
            var more = LatinTokenizer.TryNext(text, ref position, text.Length, out var token);
            var joins = more && phrase.Count > 0 && Joins(text, phrase, token);
            if (more && (joins || phrase.Count == 0) && CanBePart(token, phrase.Count == 0))
            {
                phrase.Add(token);
                continue;
            }
            if (more && phrase.Count > 0 && ContinuesOrganization(text, phrase[^1], token, position, out var continuation))
            {
                phrase.Add(token);
                phrase.Add(continuation);
                position = continuation.End;
                continue;
            }
            if (phrase.Count > 0) Emit(text, phrase, mentions, inTitle);
            phrase.Clear();
            if (!more) return mentions;
            if (CanBePart(token, true)) phrase.Add(token);
        }
    }

    private static bool CanBePart(LatinToken token, bool first) =>
        token.IsCapitalised && !(first && token.IsNumber);

    /// <summary>"University of Sydney", "Allen Institute for AI": a connector after an organization's head word, then a capitalised word, continue its name.</summary>
    private bool ContinuesOrganization(string text, LatinToken last, LatinToken connector, int position, out LatinToken next)
    {
        next = default;
        if (connector.Start - last.End != 1 || text[last.End] != ' ' || !IsConnector(connector.Span) || !knowledge.TypeCues.OrganizationHeads.Contains(last.Span))
            return false;
        var after = position;
        return LatinTokenizer.TryNext(text, ref after, text.Length, out next) && next.Start - connector.End == 1 && text[connector.End] == ' '
            && char.IsUpper(next.Span[0]) && CanBePart(next, first: false);
    }

    private bool IsConnector(ReadOnlySpan<char> word)
    {
        foreach (var connector in knowledge.TypeCues.OrganizationConnectors)
            if (word.SequenceEqual(connector)) return true;
        return false;
    }

    /// <summary>Two words belong to one name when only a single space separates them and the second continues a name.</summary>
    private static bool Joins(string text, List<LatinToken> phrase, LatinToken next)
    {
        var last = phrase[^1];
        var gap = next.Start - last.End;
        // "AIME '24": a year in two digits after an apostrophe is the name's edition.
        if (gap == 2 && text[last.End] == ' ' && text[last.End + 1] is '\'' or '’') return next.IsNumber && next.Length == 2;
        // "Hub5'00": so is one written right after the name.
        if (gap == 1 && text[last.End] is '\'' or '’') return next.IsNumber && next.Length == 2 && !last.IsNumber;
        if (gap != 1 || text[last.End] != ' ') return false;
        // A version number continues a plain word ("Llama 3.1", "Claude 3.5"); a size continues any name ("Llama 3.1 8B").
        if (next.IsNumber) return IsAllLetters(last.Span);
        if (next.IsSize || next.IsResolution) return !last.IsSize && !last.IsResolution;
        return true;
    }

    private void Emit(string text, List<LatinToken> phrase, List<Mention> mentions, bool inTitle)
    {
        ReadOnlySpan<LatinToken> tokens = CollectionsMarshal.AsSpan(phrase);
        // "from The University of Sydney": a capital article inside a sentence belongs to an organization's name.
        var article = tokens.Length >= 3 && tokens[0].Span.SequenceEqual("The") && !IsAtSentenceStart(text, tokens[0]) && NamesOrganization(tokens[1..]);
        // Stop words and adjectives made from names ("LLM-based GPT4TS") open a phrase without being part of its name.
        while (!article && tokens.Length > 0 && (knowledge.StopWords.Contains(tokens[0].Span) || knowledge.IsModifier(tokens[0].Span))) tokens = tokens[1..];
        // "the 175B GPT-3": a size in front of a name is the model's size, not part of its name ("Llama 3.1 8B" writes it after).
        while (tokens.Length > 1 && tokens[0].IsSize && !tokens[1].IsSize) tokens = tokens[1..];
        // "Running OPT-175B on ...", "Training LLaMA-2 takes ...": a verb opening a sentence is not part of the name after it
        // (a name the lexicon knows whole, "Grounding DINO", stays).
        if (tokens.Length > 1 && IsCapitalisedGerund(tokens[0].Span) && tokens[1].IsNameShaped && IsAtSentenceStart(text, tokens[0])
            && !knowledge.Lexicon.TryFind(Between(text, tokens[0], tokens[^1]), out _))
            tokens = tokens[1..];
        // "LLM Llama 3.1 8B", "GPU A100": a class acronym in front of a name says what it is but is not part of it.
        while (tokens.Length > 1 && IsClassAcronym(tokens[0]) && LatinToken.AnyNameShaped(tokens[1..])
               && !knowledge.Lexicon.TryFind(Between(text, tokens[0], tokens[^1]), out _))
            tokens = tokens[1..];
        EntityType? typeHint = null;
        // "Minitron Approach", "AR-based VLM": a class noun at the end says what the name is but is not part of it, unless
        // capitalised after two plain capitalised words, as in a spelled-out name ("Long Range Graph Benchmark").
        while (tokens.Length > 1 && knowledge.GenericTerms.Contains(tokens[^1].Span) && !knowledge.KeptAtNameEnd.Contains(tokens[^1].Span)
               && !knowledge.Lexicon.TryFind(Between(text, tokens[0], tokens[^1]), out _))
        {
            typeHint ??= knowledge.TypeCues.AfterAt(tokens[^1].Text, 0);
            if (EndsSpelledOutName(tokens)) break;
            tokens = tokens[..^1];
        }
        if (tokens.Length == 0 || tokens.Length > MaxPhraseTokens) return;
        if (knowledge.IsModifier(tokens[^1].Span) || IsPersonName(text, tokens[^1])) return;

        var start = tokens[0].Start;
        var end = tokens[^1].End;
        if (!CanBeName(Between(text, tokens[0], tokens[^1]))) return;
        var unarticled = article ? tokens[1..] : tokens;
        var known = knowledge.Lexicon.TryFindStandalone(Between(text, unarticled[0], unarticled[^1]), out var entry) ? entry : null;
        if (!IsPlausibleName(text, tokens, known is not null)) return;
        var name = text[start..end];
        // "8 A100s": a known accelerator in the plural is that accelerator.
        if (known is null && tokens.Length == 1 && HardwareInPlural(tokens[0]) is { } hardware)
        {
            mentions.Add(new Mention(start, end - start - 1, name[..^1]) { Known = hardware, InTitle = inTitle });
            return;
        }

        // "OpenAI o1", "NVIDIA RTX 4090": a known organization in front of a name, unless the words from the start
        // name something else the lexicon knows ("Mistral NeMo 12B"; a known whole name is never split).
        if (tokens.Length >= 2 && known is null && LongestLeadingOrganization(text, tokens, out var k, out var org))
        {
            var head = text[tokens[0].Start..tokens[k - 1].End];
            var restStart = tokens[k].Start;
            var rest = text[restStart..end];
            knowledge.Lexicon.TryFind(rest, out var restKnown);
            // "Naver Labs Europe", "Facebook AI", "Google Scanned Objects": plain words after an organization name something with it.
            var whole = restKnown is null && AllPlainWords(tokens[k..]);
            if (whole && AnyKeptAtNameEnd(tokens[k..])) typeHint ??= EntityType.Organization;
            if (!whole && IsPlausibleName(text, tokens[k..], restKnown is not null))
            {
                // "NVIDIA RTX 4090": a vendor's name is part of its hardware's name.
                if (restKnown?.Type == EntityType.Hardware)
                {
                    mentions.Add(new Mention(start, end - start, name) { Known = restKnown, InTitle = inTitle });
                    return;
                }
                mentions.Add(new Mention(start, head.Length, head) { Known = org, InTitle = inTitle });
                mentions.Add(new Mention(restStart, end - restStart, rest)
                {
                    Aliases = [name], Known = restKnown, TypeHint = typeHint, Developer = org.Name, InTitle = inTitle,
                });
                return;
            }
        }
        if (NamesOrganization(tokens)) typeHint ??= EntityType.Organization;
        mentions.Add(new Mention(start, end - start, name)
        {
            Known = known, TypeHint = typeHint, InTitle = inTitle,
            Aliases = article ? [text[unarticled[0].Start..end]] : [],
        });
    }

    /// <summary>"Heidelberg University", "Naver Labs Europe", "University of Sydney": a head word after the first word, or first and continued.</summary>
    private bool NamesOrganization(ReadOnlySpan<LatinToken> tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
            if (knowledge.TypeCues.OrganizationHeads.Contains(tokens[i].Span) && (i > 0 || tokens.Length > 2 && IsConnector(tokens[1].Span))) return true;
        return false;
    }

    private bool AnyKeptAtNameEnd(ReadOnlySpan<LatinToken> tokens)
    {
        foreach (var t in tokens)
            if (knowledge.KeptAtNameEnd.Contains(t.Span)) return true;
        return false;
    }

    /// <summary>Ordinary capitalised words ("Labs", "Scanned"), organization heads and name endings ("AI"), not name-shaped ones ("o1", "xGen").</summary>
    private bool AllPlainWords(ReadOnlySpan<LatinToken> tokens)
    {
        foreach (var t in tokens)
            if (t.IsNameShaped && !knowledge.KeptAtNameEnd.Contains(t.Span) && !knowledge.TypeCues.OrganizationHeads.Contains(t.Span)) return false;
        return true;
    }

    /// <summary>The text from the start of one token to the end of another, in place.</summary>
    private static ReadOnlySpan<char> Between(string text, LatinToken first, LatinToken last) => text.AsSpan(first.Start, last.End - first.Start);

    /// <summary>
    /// The longest run of leading words (fewer than all) that the lexicon knows as an organization, with the count of its
    /// words; false when there is none or when two or more leading words name something else the lexicon knows.
    /// </summary>
    private bool LongestLeadingOrganization(string text, ReadOnlySpan<LatinToken> tokens, out int words, out LexiconEntry organization)
    {
        words = 0;
        organization = null!;
        // One lookup per leading run: each answers both questions.
        for (var k = 1; k < tokens.Length; k++)
        {
            if (!knowledge.Lexicon.TryFind(Between(text, tokens[0], tokens[k - 1]), out var e)) continue;
            if (e.Type == EntityType.Organization)
            {
                words = k;
                organization = e;
            }
            else if (k >= 2) return false;
        }
        return words > 0;
    }

    /// <summary>"Open Graph Benchmark": a capitalised last word after two or more capitalised words of lower-case letters.</summary>
    private static bool EndsSpelledOutName(ReadOnlySpan<LatinToken> tokens)
    {
        if (tokens.Length < 3 || !char.IsUpper(tokens[^1].Span[0])) return false;
        foreach (var t in tokens[..^1])
            if (!char.IsUpper(t.Span[0]) || t.Span.Length < 2 || t.Span[1..].ContainsAnyExceptInRange('a', 'z')) return false;
        return true;
    }

    /// <summary>The hardware the lexicon knows by the word without its plural "s" after a digit or capital ("A100s", "TPUv4s"), or null.</summary>
    private LexiconEntry? HardwareInPlural(LatinToken token)
    {
        var word = token.Span;
        if (word.Length < 3 || word[^1] != 's' || !(char.IsDigit(word[^2]) || char.IsUpper(word[^2]))) return null;
        return knowledge.Lexicon.TryFindStandalone(word[..^1], out var entry) && entry.Type == EntityType.Hardware ? entry : null;
    }

    /// <summary>"LLM", "GPU": a generic term written in capitals.</summary>
    private bool IsClassAcronym(LatinToken token) =>
        token.Span.Length >= 2 && !token.Span.ContainsAnyExceptInRange('A', 'Z') && knowledge.GenericTerms.Contains(token.Span);

    /// <summary>"Running", "Training": a capital, then lower-case letters ending in -ing.</summary>
    private static bool IsCapitalisedGerund(ReadOnlySpan<char> word) =>
        word.Length >= 5 && char.IsAsciiLetterUpper(word[0]) && word.EndsWith("ing", StringComparison.Ordinal) && !word[1..].ContainsAnyExceptInRange('a', 'z');

    /// <summary>"Qin et al.": a citation's author.</summary>
    private static bool IsPersonName(string text, LatinToken token) =>
        text.AsSpan(token.End).TrimStart().StartsWith("et al", StringComparison.Ordinal);

    /// <param name="known">Whether the lexicon knows the tokens' text (the caller has looked it up).</param>
    private bool IsPlausibleName(string text, ReadOnlySpan<LatinToken> tokens, bool known)
    {
        var name = Between(text, tokens[0], tokens[^1]);
        if (!CanBeName(name)) return false;
        if (known) return true;
        if (AllNumbersOrGeneric(tokens)) return false;
        // A single word's generic lookup was just made by AllNumbersOrGeneric.
        if ((tokens.Length > 1 && knowledge.GenericTerms.Contains(name)) || knowledge.IsLicence(name)) return false;
        if (tokens.Length == 1 && (IsUnitOrCount(tokens[0].Span) || IsNumberAdjective(tokens[0].Span))) return false;
        // A plain capitalised word opening an English sentence ("Images are ...") is not a name.
        if (tokens.Length == 1 && !tokens[0].IsNameShaped && IsEnglishSentenceStart(text, tokens[0]))
            return false;
        return true;
    }

    /// <summary>Two characters or more with a letter: known or not, nothing shorter is a name.</summary>
    private static bool CanBeName(ReadOnlySpan<char> name) => name.Length >= 2 && CharClass.HasLetter(name);

    private bool AllNumbersOrGeneric(ReadOnlySpan<LatinToken> tokens)
    {
        foreach (var t in tokens)
            if (!(t.IsNumber || t.IsSize || t.IsResolution || knowledge.GenericTerms.Contains(t.Span))) return false;
        return true;
    }

    private static bool IsAllLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!char.IsLetter(c)) return false;
        return true;
    }

    /// <summary>"7-billion-parameter", "16-bit": a number made into an adjective.</summary>
    private static bool IsNumberAdjective(ReadOnlySpan<char> token)
    {
        var dash = token.IndexOf('-');
        if (dash <= 0 || !char.IsDigit(token[0])) return false;
        foreach (var c in token[(dash + 1)..])
            if (!(char.IsLower(c) || c == '-')) return false;
        return true;
    }

    private static bool IsUnitOrCount(ReadOnlySpan<char> token)
    {
        // "3x", "2.7x-3.5x": a speed-up or its range.
        if (char.IsDigit(token[0]) && token.IndexOfAnyExcept("0123456789.,x×-%") < 0) return true;
        var i = 0;
        while (i < token.Length && (char.IsDigit(token[i]) || token[i] is '.' or ',')) i++;
        if (i == 0) return false;
        var unit = token[i..].TrimStart('-');
        return unit.Length <= 4 || unit is "bit" or "bits" or "shot" or "step" or "steps" or "frame" or "frames";
    }

    private static bool IsEnglishSentenceStart(string text, LatinToken token) =>
        IsAtSentenceStart(text, token) && token.End + 1 < text.Length && text[token.End] == ' ' && CharClass.IsLatinLetter(text[token.End + 1]);

    private static bool IsAtSentenceStart(string text, LatinToken token)
    {
        var p = token.Start - 1;
        while (p >= 0 && text[p] == ' ') p--;
        return p < 0 || text[p] is '.' or '!' or '?' or '\n' or '。' or ':' or '"' or '“';
    }
}
