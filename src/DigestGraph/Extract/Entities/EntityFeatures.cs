using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Pipeline;
using DigestGraph.Extract.Resolution;
using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Entities;

/// <summary>
/// What the entity classifier reads of one candidate, all of it computed by earlier stages or read off the text around
/// the candidate's occurrences: the rule type and which rule gave it, the context words' type votes, the finder's hints,
/// lexicon readings, name shapes, title and repetition, sentence position, brackets, and the words on both sides
/// (hashed). Sparse: a list of (index, value); an index written twice adds up.
/// </summary>
public static class EntityFeatures
{
    private const int TypeCount = 7;
    private const int SourceCount = 8;
    private const int RuleType = 0;
    private const int Source = RuleType + TypeCount;
    private const int RuleTypeBySource = Source + SourceCount;
    private const int Votes = RuleTypeBySource + TypeCount * SourceCount;
    private const int VoteShare = Votes + TypeCount;
    private const int Hints = VoteShare + TypeCount;
    private const int LexiconTypes = Hints + TypeCount;
    private const int StrongShape = LexiconTypes + TypeCount;
    private const int WeakShape = StrongShape + TypeCount;
    private const int Flags = WeakShape + TypeCount;
    private const int FlagCount = (int)Flag.HasLatin + 1; // HasLatin is the last flag
    private const int CueDistances = 3;
    private const int CueBefore = Flags + FlagCount;
    private const int CueAfter = CueBefore + CueDistances * TypeCount;
    private const int ListCueBefore = CueAfter + CueDistances * TypeCount;
    private const int ListCueAfter = ListCueBefore + CueDistances * TypeCount;
    private const int ListNeighbourKnown = ListCueAfter + CueDistances * TypeCount;
    private const int DenseCount = ListNeighbourKnown + TypeCount;
    // English and Chinese digests name things differently: every dense feature also gets a weight of its own for English.
    private const int EnglishDense = DenseCount;
    private const int ContextBuckets = 512;
    private const int Before = EnglishDense + DenseCount;
    private const int After = Before + ContextBuckets;
    private const int SuffixBuckets = 128;
    private const int Suffix = After + ContextBuckets;
    private const int WideBuckets = 256;
    private const int WideBefore = Suffix + SuffixBuckets;
    private const int WideAfter = WideBefore + WideBuckets;
    private const int ListBefore = WideAfter + WideBuckets;
    private const int ListAfter = ListBefore + WideBuckets;
    private const int NameBuckets = 4096;
    private const int WholeNameBuckets = 8192;
    private const int NameWords = ListAfter + WideBuckets;
    private const int WholeName = NameWords + NameBuckets;

    /// <summary>The length of the feature vector; a model of another layout is refused on load.</summary>
    public const int Count = WholeName + WholeNameBuckets;

    /// <summary>A number that changes whenever the layout above does (bump it with any change to what the features mean).</summary>
    public const int LayoutVersion = 5;

    // How far (in characters) a type cue is looked for on either side of an occurrence or its list.
    private const int CueReach = 40;
    private const int ContextWords = 3;

    private enum Flag
    {
        Known, KnownSeveral, TitleName, InTitle, Coined, Developer, Aliases, NoOccurrence, OneOccurrence, TwoOccurrences,
        ManyOccurrences, HasCjk, AllCjk, HasDigit, HasHyphen, HasSpace, OneToken, AllCaps, InnerCapital, StartsUpper,
        AllLower, PluralAcronym, DigitGlued, StartsWithDigit, HasDot, Short, Medium, Long, FirstAtSentenceStart,
        AllAtSentenceStart, LowerFormElsewhere, EndsLy, EndsIng, EndsTion, EndsS, BracketAfter, BracketBefore,
        InFirstSentence, InLastSentence, EnglishText, TitleCasePhrase, NoVotes, VotesDisagree, RuleMatchesLexicon,
        NotKnownNotShaped, OnlyAtSentenceStartOnce, Bias, InList, Acronym, AcronymOfLowerPhrase, AcronymOfCapitalPhrase,
        HardwareShape, NumberBefore, NumberAfter, ListedPart, HasLatin,
    }

    public static void Compute(PaperDocument document, EntityDraft draft, bool englishText, List<(int Index, float Value)> features)
    {
        features.Clear();
        var text = document.Text;
        var rule = (int)draft.Type;
        var source = (int)draft.TypeSource;
        features.Add((RuleType + rule, 1));
        features.Add((Source + source, 1));
        features.Add((RuleTypeBySource + rule * SourceCount + source, 1));

        var votes = draft.TypeVotes;
        Span<int> voteCounts = stackalloc int[TypeCount];
        foreach (var v in votes) voteCounts[(int)v]++;
        var distinctVotes = 0;
        for (var t = 0; t < TypeCount; t++)
        {
            if (voteCounts[t] == 0) continue;
            distinctVotes++;
            features.Add((Votes + t, Math.Min(voteCounts[t], 3) / 3f));
            features.Add((VoteShare + t, voteCounts[t] / (float)votes.Count));
        }
        foreach (var h in draft.TypeHints) features.Add((Hints + (int)h, 1));
        if (draft.Known is { } known)
        {
            Add(features, Flag.Known);
            if (known.Types.Count > 1) Add(features, Flag.KnownSeveral);
            foreach (var t in known.Types) features.Add((LexiconTypes + (int)t, 1));
            if (known.Types.Contains(draft.Type)) Add(features, Flag.RuleMatchesLexicon);
        }
        var strong = draft.StrongShape;
        var weak = draft.WeakShape;
        if (strong is { } s) features.Add((StrongShape + (int)s, 1));
        if (weak is { } w) features.Add((WeakShape + (int)w, 1));
        if (draft.Known is null && strong is null && weak is null) Add(features, Flag.NotKnownNotShaped);
        if (votes.Count == 0) Add(features, Flag.NoVotes);
        else if (distinctVotes > 1) Add(features, Flag.VotesDisagree);

        if (draft.IsTitleName) Add(features, Flag.TitleName);
        if (draft.InTitle) Add(features, Flag.InTitle);
        if (draft.IsCoined) Add(features, Flag.Coined);
        if (draft.IsListedPart) Add(features, Flag.ListedPart);
        if (draft.Developers.Count > 0) Add(features, Flag.Developer);
        if (draft.Surfaces.Count > 1) Add(features, Flag.Aliases);
        var occurrences = draft.Occurrences;
        Add(features, occurrences.Count switch { 0 => Flag.NoOccurrence, 1 => Flag.OneOccurrence, 2 => Flag.TwoOccurrences, _ => Flag.ManyOccurrences });
        if (englishText) Add(features, Flag.EnglishText);
        Add(features, Flag.Bias);

        NameShape(draft.Name, text, features);
        Position(document, draft, features);
        Context(text, occurrences, document.Entities, draft, features);
        NameWordHashes(draft.Name, features);
        if (englishText)
        {
            var n = features.Count;
            for (var k = 0; k < n; k++)
                if (features[k].Index < DenseCount) features.Add((EnglishDense + features[k].Index, features[k].Value));
        }
    }

    private static void NameShape(string name, string text, List<(int, float)> features)
    {
        var hasCjk = CharClass.HasCjk(name);
        if (hasCjk) Add(features, Flag.HasCjk);
        if (CharClass.AllCjk(name)) Add(features, Flag.AllCjk);
        int upper = 0, lower = 0, digits = 0, latin = 0;
        var innerCapital = false;
        var digitGlued = false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c)) { upper++; if (i > 0 && char.IsLower(name[i - 1])) innerCapital = true; }
            else if (char.IsLower(c)) lower++;
            else if (char.IsDigit(c)) { digits++; if (i > 0 && CharClass.IsLatinLetter(name[i - 1]) && i + 1 < name.Length && CharClass.IsLatinLetter(name[i + 1])) digitGlued = true; }
            if (CharClass.IsLatinLetter(c)) latin++;
        }
        if (latin > 0) Add(features, Flag.HasLatin);
        if (digits > 0) Add(features, Flag.HasDigit);
        if (name.Contains('-')) Add(features, Flag.HasHyphen);
        var hasSpace = name.Contains(' ');
        if (hasSpace) Add(features, Flag.HasSpace);
        else Add(features, Flag.OneToken);
        if (upper >= 2 && lower == 0) Add(features, Flag.AllCaps);
        if (innerCapital) Add(features, Flag.InnerCapital);
        if (name.Length > 0 && char.IsUpper(name[0])) Add(features, Flag.StartsUpper);
        if (upper == 0 && lower > 0) Add(features, Flag.AllLower);
        if (name.Length >= 3 && name[^1] == 's' && upper >= 2 && char.IsUpper(name[^2])) Add(features, Flag.PluralAcronym);
        if (digitGlued || (name.Length > 1 && char.IsDigit(name[0]) && name.Contains('x'))) Add(features, Flag.DigitGlued);
        if (name.Length > 0 && char.IsDigit(name[0])) Add(features, Flag.StartsWithDigit);
        if (name.Contains('.')) Add(features, Flag.HasDot);
        if (upper >= 2 && lower == 0 && digits == 0 && name.Length <= 6) Add(features, Flag.Acronym);
        if (IsHardwareShape(name)) Add(features, Flag.HardwareShape);
        Add(features, name.Length <= 3 ? Flag.Short : name.Length >= 20 ? Flag.Long : Flag.Medium);
        if (hasSpace && !hasCjk && name.Split(' ').All(w => w.Length > 0 && char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower)))
            Add(features, Flag.TitleCasePhrase);
        if (!hasCjk && !hasSpace && latin == name.Length && name.Length > 2)
        {
            if (name.EndsWith("ly", StringComparison.Ordinal)) Add(features, Flag.EndsLy);
            if (name.EndsWith("ing", StringComparison.Ordinal)) Add(features, Flag.EndsIng);
            if (name.EndsWith("tion", StringComparison.Ordinal) || name.EndsWith("sion", StringComparison.Ordinal)) Add(features, Flag.EndsTion);
            if (name[^1] == 's' && lower > 0) Add(features, Flag.EndsS);
            // "Training ... training": an ordinary word the text also writes in lower case.
            if (upper == 1 && char.IsUpper(name[0]) && ContainsLowerForm(text, name)) Add(features, Flag.LowerFormElsewhere);
        }
        var suffix = name.Length >= 3 ? name.AsSpan(name.Length - 3) : name.AsSpan();
        features.Add((Suffix + (int)(Hash(suffix, 7) % SuffixBuckets), 1));
    }

    /// <summary>"A100", "H100", "RTX4090", "TPU v4": capitals, then (after an optional space or "v") two to four digits.</summary>
    private static bool IsHardwareShape(string name)
    {
        var i = 0;
        while (i < name.Length && char.IsUpper(name[i])) i++;
        if (i is 0 or > 4) return false;
        if (i < name.Length && name[i] == ' ') i++;
        if (i < name.Length && name[i] == 'v') i++;
        var digitsFrom = i;
        while (i < name.Length && char.IsDigit(name[i])) i++;
        var digits = i - digitsFrom;
        return (digits is >= 2 and <= 4 || digits == 1 && name.Contains(" v", StringComparison.Ordinal)) && name.Length - i <= 2;
    }

    private static bool ContainsLowerForm(string text, string name)
    {
        Span<char> lower = stackalloc char[name.Length];
        name.AsSpan().ToLowerInvariant(lower);
        var at = text.AsSpan().IndexOf(lower, StringComparison.Ordinal);
        return at >= 0;
    }

    private static void Position(PaperDocument document, EntityDraft draft, List<(int, float)> features)
    {
        var sentences = document.Sentences;
        var occurrences = draft.Occurrences;
        if (occurrences.Count == 0 || sentences.Count == 0) return;
        var text = document.Text;
        var atStart = 0;
        foreach (var (start, _) in occurrences)
            if (AtSentenceStart(text, sentences, start)) atStart++;
        if (AtSentenceStart(text, sentences, occurrences[0].Start)) Add(features, Flag.FirstAtSentenceStart);
        if (atStart == occurrences.Count) Add(features, occurrences.Count == 1 ? Flag.OnlyAtSentenceStartOnce : Flag.AllAtSentenceStart);
        if (occurrences[0].Start < sentences[0].End) Add(features, Flag.InFirstSentence);
        if (occurrences[^1].Start >= sentences[^1].Start) Add(features, Flag.InLastSentence);
    }

    /// <summary>Whether only spaces, list marks or heading marks stand between the sentence's start (or a line's) and the position.</summary>
    private static bool AtSentenceStart(string text, IReadOnlyList<Sentence> sentences, int position)
    {
        var p = position;
        while (p > 0 && text[p - 1] is ' ' or '*' or '#' or '-' or '"' or '“') p--;
        if (p == 0 || text[p - 1] == '\n') return true;
        // By index: a foreach over the interface boxed an enumerator at every occurrence asked about.
        for (var k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            if (s.Start <= position && position < s.End) return p <= s.Start || text.AsSpan(s.Start, p - s.Start).IsWhiteSpace();
        }
        return false;
    }

    /// <summary>
    /// Around each of the first three occurrences: brackets, numbers, the three words on each side (hashed), the nearest
    /// type cue on each side by distance, and, for a name inside a list, the lexicon's types of the other names in it and
    /// the cues and words around the whole list.
    /// </summary>
    private static void Context(string text, List<(int Start, int End)> occurrences, List<EntityDraft> candidates, EntityDraft draft, List<(int, float)> features)
    {
        var n = Math.Min(occurrences.Count, 3);
        for (var k = 0; k < n; k++)
        {
            var (start, end) = occurrences[k];
            if (start > 0 && CharClass.IsOpenParen(text[start - 1]))
            {
                Add(features, Flag.BracketBefore);
                AcronymExpansion(text, start - 1, features);
            }
            if (end < text.Length && CharClass.IsOpenParen(text[end]) || end + 1 < text.Length && text[end] == ' ' && CharClass.IsOpenParen(text[end + 1]))
                Add(features, Flag.BracketAfter);
            Numbers(text, start, end, features);
            var b = start;
            for (var w = 0; w < ContextWords && PreviousWord(text, ref b, out var word); w++)
            {
                var block = w == 0 ? Before : WideBefore;
                features.Add((block + (int)(Hash(word, 1) % (w == 0 ? ContextBuckets : WideBuckets)), 1));
                // A CJK neighbour also counts by its nearest character alone (模型 and 大模型 end alike).
                if (w == 0 && CharClass.IsCjk(word[^1])) features.Add((Before + (int)(Hash(word[^1..], 3) % ContextBuckets), 1));
            }
            var a = end;
            for (var w = 0; w < ContextWords && NextWord(text, ref a, out var word); w++)
            {
                var block = w == 0 ? After : WideAfter;
                features.Add((block + (int)(Hash(word, 2) % (w == 0 ? ContextBuckets : WideBuckets)), 1));
                if (w == 0 && CharClass.IsCjk(word[0])) features.Add((After + (int)(Hash(word[..1], 4) % ContextBuckets), 1));
            }
            CueBeforeAt(text, start, CueBefore, features);
            CueAfterAt(text, end, CueAfter, features);
            var (listStart, listEnd) = NameList.Extent(text, start, end);
            if (listStart == start && listEnd == end) continue;
            Add(features, Flag.InList);
            ListNeighbours(candidates, draft, listStart, listEnd, features);
            CueBeforeAt(text, listStart, ListCueBefore, features);
            CueAfterAt(text, listEnd, ListCueAfter, features);
            var lb = listStart;
            if (PreviousWord(text, ref lb, out var before)) features.Add((ListBefore + (int)(Hash(before, 5) % WideBuckets), 1));
            var la = listEnd;
            if (NextWord(text, ref la, out var after)) features.Add((ListAfter + (int)(Hash(after, 6) % WideBuckets), 1));
        }
    }

    /// <summary>
    /// "on BC5CDR, KD-DTI and DDI", "MusicLM, Riffusion and Mousai": the lexicon's types of the other candidates written in
    /// the list [<paramref name="listStart"/>, <paramref name="listEnd"/>), since a list's names are mostly of one type.
    /// </summary>
    private static void ListNeighbours(List<EntityDraft> candidates, EntityDraft draft, int listStart, int listEnd, List<(int, float)> features)
    {
        foreach (var other in candidates)
        {
            if (other == draft || other.Known is not { } known) continue;
            foreach (var (start, end) in other.Occurrences)
            {
                if (start < listStart || end > listEnd) continue;
                foreach (var t in known.Types) features.Add((ListNeighbourKnown + (int)t, 1));
                break;
            }
        }
    }

    /// <summary>The word ending before <paramref name="position"/> (moved to its start): Latin letters, two CJK characters or one mark.</summary>
    private static bool PreviousWord(string text, ref int position, out ReadOnlySpan<char> word)
    {
        var e = position;
        while (e > 0 && text[e - 1] == ' ') e--;
        var b = e;
        if (b == 0 || text[b - 1] == '\n') { word = default; return false; }
        if (CharClass.IsLatinLetter(text[b - 1])) { while (b > 0 && CharClass.IsLatinLetter(text[b - 1])) b--; }
        else if (CharClass.IsCjk(text[b - 1])) { b--; if (b > 0 && CharClass.IsCjk(text[b - 1])) b--; }
        else b--;
        word = text.AsSpan(b, e - b);
        position = b;
        return true;
    }

    private static bool NextWord(string text, ref int position, out ReadOnlySpan<char> word)
    {
        var a = position;
        while (a < text.Length && text[a] == ' ') a++;
        var e = a;
        if (a >= text.Length || text[a] == '\n') { word = default; return false; }
        if (CharClass.IsLatinLetter(text[a])) { while (e < text.Length && CharClass.IsLatinLetter(text[e])) e++; }
        else if (CharClass.IsCjk(text[a])) { e++; if (e < text.Length && CharClass.IsCjk(text[e])) e++; }
        else e++;
        word = text.AsSpan(a, e - a);
        position = e;
        return true;
    }

    /// <summary>The nearest type cue starting within reach after <paramref name="from"/>, in the same sentence, by distance.</summary>
    private static void CueAfterAt(string text, int from, int block, List<(int, float)> features)
    {
        var cues = TypeCues.Default;
        var limit = Math.Min(text.Length, from + CueReach);
        for (var q = from; q < limit; q++)
        {
            var c = text[q];
            if (c is '。' or '；' or ';' or '\n' || c == '.' && (q + 1 == text.Length || text[q + 1] == ' ')) return;
            if (!(CharClass.IsCjk(c) || CharClass.IsLatinLetter(c) && (q == 0 || !CharClass.IsNameChar(text[q - 1])))) continue;
            if (cues.AfterAt(text, q) is not { } type) continue;
            features.Add((block + Distance(q - from) * TypeCount + (int)type, 1));
            return;
        }
    }

    /// <summary>The nearest type cue (a naming noun before a name, or any type noun) ending within reach before <paramref name="from"/>.</summary>
    private static void CueBeforeAt(string text, int from, int block, List<(int, float)> features)
    {
        var cues = TypeCues.Default;
        var limit = Math.Max(0, from - CueReach);
        for (var p = from; p > limit; p--)
        {
            var c = text[p - 1];
            if (c is '。' or '；' or ';' or '\n' || c == '.' && p < text.Length && text[p] == ' ') return;
            if (!(CharClass.IsCjk(c) || CharClass.IsLatinLetter(c) && (p == text.Length || !CharClass.IsNameChar(text[p])))) continue;
            if ((cues.BeforeAt(text, p) ?? cues.NounEndingAt(text, p)) is not { } type) continue;
            features.Add((block + Distance(from - p) * TypeCount + (int)type, 1));
            return;
        }
    }

    private static int Distance(int chars) => chars <= 2 ? 0 : chars <= 12 ? 1 : 2;

    /// <summary>"multiple-choice question answering (MCQA)" names a task, "Property-Based Testing (PBT)" a named thing.</summary>
    private static void AcronymExpansion(string text, int bracket, List<(int, float)> features)
    {
        var p = bracket;
        if (!PreviousWord(text, ref p, out var last) || !CharClass.IsLatinLetter(last[0])) return;
        Add(features, char.IsUpper(last[0]) ? Flag.AcronymOfCapitalPhrase : Flag.AcronymOfLowerPhrase);
    }

    /// <summary>A number just before ("34.6 AP") or just after ("FID: 2.81", "FID of 2.81") an occurrence: a measure's shape.</summary>
    private static void Numbers(string text, int start, int end, List<(int, float)> features)
    {
        var b = start;
        while (b > 0 && text[b - 1] == ' ') b--;
        if (b > 0 && (char.IsDigit(text[b - 1]) || text[b - 1] == '%')) Add(features, Flag.NumberBefore);
        var a = end;
        while (a < text.Length && text[a] is ' ' or ':' or '：' or '=') a++;
        if (text.AsSpan(a).StartsWith("of ")) a += 3;
        if (a < text.Length && char.IsDigit(text[a])) Add(features, Flag.NumberAfter);
    }

    /// <summary>The name's own words (lower case) and the whole folded name, hashed: names seen in training keep their reading.</summary>
    private static void NameWordHashes(string name, List<(int, float)> features)
    {
        var span = name.AsSpan();
        var from = 0;
        for (var i = 0; i <= span.Length; i++)
        {
            if (i < span.Length && span[i] is not (' ' or '-' or '_' or '/')) continue;
            if (i > from) features.Add((NameWords + (int)(Hash(span[from..i], 8) % NameBuckets), 1));
            from = i + 1;
        }
        features.Add((WholeName + (int)(Hash(NameFolding.Fold(name), 9) % WholeNameBuckets), 1));
    }

    private static void Add(List<(int, float)> features, Flag flag) => features.Add((Flags + (int)flag, 1));

    /// <summary>FNV-1a over the lower-cased characters, salted: stable across runs and platforms (string.GetHashCode is not).</summary>
    private static uint Hash(ReadOnlySpan<char> s, uint salt)
    {
        var h = 2166136261u ^ salt * 16777619u;
        // The table gives what char.ToLowerInvariant does without asking ICU for every Chinese character.
        foreach (var c in s) h = (h ^ InvariantCase.ToLower(c)) * 16777619u;
        return h;
    }
}
