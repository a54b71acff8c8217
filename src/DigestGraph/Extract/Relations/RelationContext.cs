using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Resolution;
using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Relations;

/// <summary>What the relation patterns read: the text, its sentences, the typed entities and where each is written.</summary>
public sealed class RelationContext
{
    private readonly Occurrence[] _occurrences;
    // Per sentence, filled on first use: every pattern reads the same sentences' occurrences and evidence text.
    private readonly Occurrence[]?[] _occurrencesBySentence;
    private readonly Occurrence[]?[] _modelsAndMethodsBySentence;
    private readonly string?[] _evidenceBySentence;

    /// <param name="occurrences">The entities' occurrences in text order (<see cref="Occurrence.InTextOrder"/>).</param>
    public RelationContext(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityDraft> entities, Occurrence[] occurrences,
        string title, RelationCues cues)
    {
        Text = text;
        Sentences = sentences;
        Entities = entities;
        Title = title;
        Cues = cues;
        _occurrences = occurrences;
        _occurrencesBySentence = new Occurrence[sentences.Count][];
        _modelsAndMethodsBySentence = new Occurrence[sentences.Count][];
        _evidenceBySentence = new string[sentences.Count];
        Main = entities.FirstOrDefault(e => e.IsTitleName && e.IsModelOrMethod)
            ?? entities.Where(e => e.Introduced && e.IsModelOrMethod).OrderBy(e => e.FirstPosition).FirstOrDefault();
    }

    public string Text { get; }
    public IReadOnlyList<Sentence> Sentences { get; }
    public IReadOnlyList<EntityDraft> Entities { get; }
    public string Title { get; }
    public RelationCues Cues { get; }

    /// <summary>The paper's own model or method: the title's name, else the first introduced model or method.</summary>
    public EntityDraft? Main { get; }

    /// <summary>The occurrences starting in <paramref name="s"/>, in text order.</summary>
    public IReadOnlyList<Occurrence> In(Sentence s) =>
        _occurrencesBySentence[IndexOf(s)] ??= StartOrderedSlice.In(_occurrences, o => o.Start, s).ToArray();

    /// <summary>The occurrences of models and methods starting in <paramref name="s"/>, in text order.</summary>
    public Occurrence[] ModelsAndMethodsIn(Sentence s) =>
        _modelsAndMethodsBySentence[IndexOf(s)] ??= In(s).Where(o => o.Entity.IsModelOrMethod).ToArray();

    /// <summary>The sentence as relation evidence: its trimmed text.</summary>
    public string Evidence(Sentence s) => _evidenceBySentence[IndexOf(s)] ??= s.TextOf(Text);

    /// <summary>The sentence holding <paramref name="position"/> as evidence, or the title when no sentence does.</summary>
    public string EvidenceAt(int position)
    {
        var index = SentenceAt(position);
        return index < 0 ? Title : Evidence(Sentences[index]);
    }

    /// <summary>Where <paramref name="s"/> stands in <see cref="Sentences"/>: the patterns only ever walk those.</summary>
    private int IndexOf(Sentence s)
    {
        var index = SentenceAt(s.Start);
        return index >= 0 && Sentences[index] == s
            ? index
            : throw new ArgumentException($"the sentence at {s.Start} is not one of this paper's sentences", nameof(s));
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
    public bool SpeaksOfItself(Sentence s, int position)
    {
        var end = Math.Min(position, s.End);
        if (Cues["own_subject"].AnyIn(Text, s.Start, end)) return true;
        var span = Text.AsSpan(s.Start, end - s.Start);
        return span.Contains("我们", StringComparison.Ordinal) || span.Contains("We ", StringComparison.Ordinal) || span.Contains(" we ", StringComparison.Ordinal);
    }

    /// <summary>The clause around a position: between clause punctuation, ignoring punctuation inside brackets ("(Mixture of Experts, MoE)").</summary>
    public (int Start, int End) ClauseAround(int position, Sentence s)
    {
        var start = position;
        var depth = 0;
        while (start > s.Start)
        {
            var ch = Text[start - 1];
            if (CharClass.IsCloseParen(ch)) depth++;
            else if (CharClass.IsOpenParen(ch)) depth = Math.Max(0, depth - 1);
            else if (depth == 0 && CharClass.IsClauseBreak(ch)) break;
            start--;
        }
        var end = position;
        depth = 0;
        while (end < s.End)
        {
            var ch = Text[end];
            if (CharClass.IsOpenParen(ch)) depth++;
            else if (CharClass.IsCloseParen(ch)) depth = Math.Max(0, depth - 1);
            else if (depth == 0 && CharClass.IsClauseBreak(ch)) break;
            end++;
        }
        return (start, end);
    }

    /// <summary>A generic technique word (GUIDELINES' "don't care" list: fine-tuning, attention …) is never what a claim is about.</summary>
    public static bool IsGenericTechnique(EntityDraft e) => GenericTechniques.Covers(e.Surfaces.Append(e.Name));

    private static readonly Evaluation.DontCareTerms GenericTechniques = Evaluation.DontCareTerms.Default;

    public bool HasClauseBreak(int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(to, Text.Length); i++)
            if (CharClass.IsClauseBreak(Text[i])) return true;
        return false;
    }

    public static ExtractedRelation Relation(RelationType type, EntityDraft source, EntityDraft target, string evidence) =>
        new(type, source.Name, target.Name, evidence);
}
