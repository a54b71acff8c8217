using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Resolution;
using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Relations;

/// <summary>What the relation patterns read: the text, its sentences, the typed entities and where each is written.</summary>
public sealed class RelationContext
{
    // Per sentence (by index), filled on first use but the occurrences: every pattern reads the same sentences' occurrences, cues and evidence.
    private readonly ArraySegment<Occurrence>[] _occurrencesBySentence;
    private readonly Occurrence[]?[] _modelsAndMethodsBySentence;
    private readonly string?[] _evidenceBySentence;
    private readonly int[] _selfWordEndBySentence;
    private readonly SentenceCues _cues;
    private readonly CueList _ownSubject;

    /// <param name="occurrencesBySentence">The entities' occurrences in text order, sliced per sentence (<see cref="OccurrencesBySentence.Slice"/>).</param>
    public RelationContext(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityDraft> entities, ArraySegment<Occurrence>[] occurrencesBySentence,
        string title, RelationCues cues)
    {
        Text = text;
        Sentences = sentences;
        Entities = entities;
        Title = title;
        Cues = cues;
        _occurrencesBySentence = occurrencesBySentence;
        _modelsAndMethodsBySentence = new Occurrence[sentences.Count][];
        _evidenceBySentence = new string[sentences.Count];
        _selfWordEndBySentence = new int[sentences.Count];
        _cues = new SentenceCues(text, sentences);
        _ownSubject = cues.OwnSubject;
        Main = MainOf(entities);
    }

    public string Text { get; }
    public IReadOnlyList<Sentence> Sentences { get; }
    public IReadOnlyList<EntityDraft> Entities { get; }
    public string Title { get; }
    public RelationCues Cues { get; }

    /// <summary>The paper's own model or method: the title's name, else the first introduced model or method.</summary>
    public EntityDraft? Main { get; }

    /// <summary>The occurrences starting in sentence <paramref name="sentence"/>, in text order.</summary>
    public ArraySegment<Occurrence> In(int sentence) => _occurrencesBySentence[sentence];

    /// <summary>Whether a name of <paramref name="type"/> starts in sentence <paramref name="sentence"/>.</summary>
    public bool HasTypeIn(int sentence, EntityType type)
    {
        foreach (var o in In(sentence))
            if (o.Entity.Type == type) return true;
        return false;
    }

    /// <summary>The occurrences of models and methods starting in sentence <paramref name="sentence"/>, in text order.</summary>
    public Occurrence[] ModelsAndMethodsIn(int sentence)
    {
        if (_modelsAndMethodsBySentence[sentence] is { } found) return found;
        var all = In(sentence);
        var count = 0;
        foreach (var o in all)
            if (o.Entity.IsModelOrMethod) count++;
        var models = count == 0 ? [] : new Occurrence[count];
        count = 0;
        foreach (var o in all)
            if (o.Entity.IsModelOrMethod) models[count++] = o;
        return _modelsAndMethodsBySentence[sentence] = models;
    }

    /// <summary>The cues of <paramref name="list"/> in sentence <paramref name="sentence"/>, found once per paper.</summary>
    public IReadOnlyList<(int Position, string Cue)> CuesIn(CueList list, int sentence) => _cues.In(list, sentence);

    /// <summary>Whether sentence <paramref name="sentence"/> holds a cue of <paramref name="list"/>.</summary>
    public bool HasCue(CueList list, int sentence) => _cues.In(list, sentence).Count > 0;

    /// <summary>Whether a cue of <paramref name="list"/> lies in [<paramref name="start"/>, <paramref name="end"/>), a part of sentence <paramref name="sentence"/>.</summary>
    public bool HasCue(CueList list, int sentence, int start, int end) => _cues.AnyIn(list, sentence, start, end);

    /// <summary>Sentence <paramref name="sentence"/> as relation evidence: its trimmed text.</summary>
    public string Evidence(int sentence) => _evidenceBySentence[sentence] ??= Sentences[sentence].TextOf(Text);

    /// <summary>The sentence holding <paramref name="position"/> as evidence, or the title when no sentence does.</summary>
    public string EvidenceAt(int position)
    {
        var index = SentenceAt(position);
        return index < 0 ? Title : Evidence(index);
    }

    private static EntityDraft? MainOf(IReadOnlyList<EntityDraft> entities)
    {
        EntityDraft? firstIntroduced = null;
        foreach (var e in entities)
        {
            if (!e.IsModelOrMethod) continue;
            if (e.IsTitleName) return e;
            if (e.Introduced && (firstIntroduced is null || e.FirstPosition < firstIntroduced.FirstPosition)) firstIntroduced = e;
        }
        return firstIntroduced;
    }

    /// <summary>The index of the sentence containing <paramref name="position"/> (sentences are ordered and disjoint), or -1.</summary>
    private int SentenceAt(int position)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (position < s.Start) hi = mid - 1;
            else if (position >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>"我们的模型", "our method", "该方法" before <paramref name="position"/> in the sentence: the paper speaks of its own system.</summary>
    public bool SpeaksOfItself(int sentence, int position)
    {
        var s = Sentences[sentence];
        var end = Math.Min(position, s.End);
        return HasCue(_ownSubject, sentence, s.Start, end) || SelfWordEnd(sentence) <= end;
    }

    /// <summary>Where the sentence's first "我们", "We " or " we " ends (int.MaxValue without one): one search serves every position asked.</summary>
    private int SelfWordEnd(int sentence)
    {
        // A found word ends past 0, so the array's zeros mean "not yet searched".
        if (_selfWordEndBySentence[sentence] is var known and not 0) return known;
        var s = Sentences[sentence];
        var span = Text.AsSpan(s.Start, s.Length);
        var end = int.MaxValue;
        foreach (var word in SelfWords)
        {
            var at = span.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0) end = Math.Min(end, s.Start + at + word.Length);
        }
        return _selfWordEndBySentence[sentence] = end;
    }

    private static readonly string[] SelfWords = ["我们", "We ", " we "];

    /// <summary>The clause around a position: between clause punctuation, ignoring punctuation inside brackets ("(Mixture of Experts, MoE)").</summary>
    public (int Start, int End) ClauseAround(int position, Sentence s) =>
        (CharClass.ClauseStart(Text, position, s.Start), CharClass.ClauseEnd(Text, position, s.End));

    /// <summary>A generic technique word (GUIDELINES' "don't care" list: fine-tuning, attention …) is never what a claim is about.</summary>
    public static bool IsGenericTechnique(EntityDraft e) => GenericTechniques.Covers(e.Surfaces.Append(e.Name));

    private static readonly Evaluation.DontCareTerms GenericTechniques = Evaluation.DontCareTerms.Default;

    public bool HasClauseBreak(int from, int to) => CharClass.HasClauseBreak(Text, from, to);

    public static ExtractedRelation Relation(RelationType type, EntityDraft source, EntityDraft target, string evidence) =>
        new(type, source.Name, target.Name, evidence);
}
