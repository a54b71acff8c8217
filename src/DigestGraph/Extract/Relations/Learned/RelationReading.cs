using System.Runtime.InteropServices;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Relations.Learned;

/// <summary>
/// One document read once for its candidate pairs: the occurrences of each sentence in text order, the sentence's cues
/// (for sentences holding a pair only), where it refers to the paper's own system, and the rule relations by pair.
/// </summary>
internal sealed class RelationReading
{
    /// <summary>Pairs of occurrences further apart than this many names are not read as stating a relation (keeps a huge abstract linear).</summary>
    private const int MaxNamesApart = 10;

    private readonly RelationFeatureCues _cues;
    private readonly uint _ownBit;
    private readonly CueHit[]?[] _cueHits;
    // The scan's scratch list, reused by every sentence of the document.
    private readonly List<CueHit> _scanned = [];
    private BenchmarkResults? _results;

    public RelationReading(RelationDocument document, RelationFeatureCues cues)
    {
        Document = document;
        _cues = cues;
        _ownBit = cues.Bit("own");
        Own = -1;
        for (var i = 0; i < document.Entities.Count; i++)
            if (document.Entities[i].IsOwn) { Own = i; break; }
        Occurrences = SliceBySentence(document);
        _cueHits = new CueHit[document.Sentences.Count][];
        RuleTypes = RulesByPair(document, RuleTypesBySentence);
    }

    public RelationDocument Document { get; }

    /// <summary>The results stated on the document's benchmarks, read on first use (only a result pair needs them).</summary>
    public BenchmarkResults Results => _results ??= new BenchmarkResults(Document.Text, Document.Sentences, Names, RelationCues.Default);

    private ResultName[] Names(int sentence)
    {
        var occ = Occurrences[sentence];
        var names = new ResultName[occ.Length];
        for (var i = 0; i < occ.Length; i++) names[i] = new ResultName(occ[i].Entity, Document.Entities[occ[i].Entity].Type, occ[i].Start, occ[i].End);
        return names;
    }

    /// <summary>The index of the paper's own system, or -1.</summary>
    public int Own { get; }

    /// <summary>Per sentence, its occurrences (entity index, span) in text order.</summary>
    public (int Entity, int Start, int End)[][] Occurrences { get; }

    /// <summary>The rule relations' types (a bit per <see cref="RelationType"/>) by (source, target) entity indices.</summary>
    public Dictionary<(int Source, int Target), uint> RuleTypes { get; }

    /// <summary>The rule relations' types by (source, target, sentence of their evidence): what the rules read in that very sentence.</summary>
    public Dictionary<(int Source, int Target, int Sentence), uint> RuleTypesBySentence { get; } = [];

    public CueHit[] Cues(int sentence)
    {
        if (_cueHits[sentence] is { } found) return found;
        var s = Document.Sentences[sentence];
        var hits = _scanned;
        hits.Clear();
        _cues.Scan(Document.Text, s.Start, s.End, hits);
        // A cue inside a name ("Over-Encoding") is part of the name, not a word of the sentence.
        var kept = 0;
        for (var i = 0; i < hits.Count; i++)
            if (!InsideName(sentence, hits[i].Start)) hits[kept++] = hits[i];
        return _cueHits[sentence] = kept == 0 ? [] : CollectionsMarshal.AsSpan(hits)[..kept].ToArray();
    }

    /// <summary>Every candidate pair of the document, in sentence order, then those only the rules relate.</summary>
    public List<RelationCandidate> Candidates() => Candidates([]);

    /// <summary>The candidate pairs written into <paramref name="candidates"/> (cleared first): a caller reuses one list for every document.</summary>
    public List<RelationCandidate> Candidates(List<RelationCandidate> candidates)
    {
        candidates.Clear();
        for (var k = 0; k < Occurrences.Length; k++)
        {
            var occ = Occurrences[k];
            if (occ.Length == 0) continue;
            AddWritten(candidates, k, occ);
            if (Own >= 0) AddOwn(candidates, k, occ);
        }
        // A paper's few rule pairs are looked for among its candidates by a scan: a set of all pairs cost more than it saved.
        var written = candidates.Count;
        foreach (var pair in RuleTypes.Keys)
            if (!IsAmong(candidates, written, pair)) candidates.Add(new RelationCandidate(pair.Source, pair.Target, CandidateKind.RuleOnly, -1, -1, -1, -1, -1));
        return candidates;
    }

    private static bool IsAmong(List<RelationCandidate> candidates, int count, (int Source, int Target) pair)
    {
        for (var i = 0; i < count; i++)
            if (candidates[i].Source == pair.Source && candidates[i].Target == pair.Target) return true;
        return false;
    }

    /// <summary>Each two entities written in the sentence, both orders, at their nearest occurrences.</summary>
    private static void AddWritten(List<RelationCandidate> candidates, int sentence, (int Entity, int Start, int End)[] occ)
    {
        var first = candidates.Count;
        for (var i = 0; i < occ.Length; i++)
            for (var j = i + 1; j < occ.Length && j - i <= MaxNamesApart; j++)
            {
                var (a, b) = (occ[i], occ[j]);
                if (a.Entity == b.Entity || b.Start < a.End) continue;
                var known = -1;
                for (var c = first; c < candidates.Count && known < 0; c += 2)
                    if (candidates[c].Source == a.Entity && candidates[c].Target == b.Entity || candidates[c].Source == b.Entity && candidates[c].Target == a.Entity) known = c;
                // The nearest occurrences of a pair are the ones a statement joins; the first pair seen is kept on ties.
                if (known >= 0 && Gap(candidates[known]) <= b.Start - a.End) continue;
                var forward = new RelationCandidate(a.Entity, b.Entity, CandidateKind.Written, sentence, a.Start, a.End, b.Start, b.End);
                var backward = new RelationCandidate(b.Entity, a.Entity, CandidateKind.Written, sentence, b.Start, b.End, a.Start, a.End);
                if (known >= 0) (candidates[known], candidates[known + 1]) = (forward, backward);
                else
                {
                    candidates.Add(forward);
                    candidates.Add(backward);
                }
            }
    }

    private static int Gap(RelationCandidate c) => c.SourceFirst ? c.TargetStart - c.SourceEnd : c.SourceStart - c.TargetEnd;

    /// <summary>The paper's own system with each entity of a sentence that does not name it: at "our model" / "we" when written, else at the sentence start.</summary>
    private void AddOwn(List<RelationCandidate> candidates, int sentence, (int Entity, int Start, int End)[] occ)
    {
        foreach (var o in occ)
            if (o.Entity == Own) return;
        var s = Document.Sentences[sentence];
        var (start, end, kind) = (s.Start, s.Start, CandidateKind.OwnImplied);
        foreach (var hit in Cues(sentence))
            if ((hit.Lists & _ownBit) != 0)
            {
                (start, end, kind) = (hit.Start, hit.End, CandidateKind.OwnReferred);
                break;
            }
        for (var i = 0; i < occ.Length; i++)
        {
            var o = occ[i];
            var seen = false;
            for (var j = 0; j < i && !seen; j++) seen = occ[j].Entity == o.Entity;
            if (seen) continue;
            candidates.Add(new RelationCandidate(Own, o.Entity, kind, sentence, start, end, o.Start, o.End));
            candidates.Add(new RelationCandidate(o.Entity, Own, kind, sentence, o.Start, o.End, start, end));
        }
    }

    public bool InsideName(int sentence, int position)
    {
        foreach (var o in Occurrences[sentence])
            if (position >= o.Start && position < o.End) return true;
        return false;
    }

    private static (int Entity, int Start, int End)[][] SliceBySentence(RelationDocument document)
    {
        // Sized and filled by index: a foreach over each entity's spans boxed an enumerator per entity.
        var count = 0;
        for (var e = 0; e < document.Entities.Count; e++) count += document.Entities[e].Occurrences.Count;
        var all = new List<(int Entity, int Start, int End)>(count);
        for (var e = 0; e < document.Entities.Count; e++)
        {
            var spans = document.Entities[e].Occurrences;
            for (var i = 0; i < spans.Count; i++) all.Add((e, spans[i].Start, spans[i].End));
        }
        all.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Entity.CompareTo(b.Entity));
        var slices = new (int, int, int)[document.Sentences.Count][];
        var first = 0;
        for (var k = 0; k < slices.Length; k++)
        {
            var s = document.Sentences[k];
            while (first < all.Count && all[first].Start < s.Start) first++;
            var end = first;
            while (end < all.Count && all[end].Start < s.End) end++;
            slices[k] = CollectionsMarshal.AsSpan(all)[first..end].ToArray();
            first = end;
        }
        return slices;
    }

    private static Dictionary<(int, int), uint> RulesByPair(RelationDocument document, Dictionary<(int, int, int), uint> bySentence)
    {
        var byPair = new Dictionary<(int, int), uint>();
        if (document.RuleRelations.Count == 0) return byPair;
        foreach (var r in document.RuleRelations)
            if (IndexOf(document.Entities, r.Source) is var source and >= 0 && IndexOf(document.Entities, r.Target) is var target and >= 0 && source != target)
            {
                byPair[(source, target)] = byPair.GetValueOrDefault((source, target)) | 1u << (int)r.Type;
                var sentence = SentenceOf(document, r.Evidence);
                if (sentence >= 0) bySentence[(source, target, sentence)] = bySentence.GetValueOrDefault((source, target, sentence)) | 1u << (int)r.Type;
            }
        return byPair;
    }

    /// <summary>The first entity named <paramref name="name"/>, or -1: a paper's few names are scanned rather than put in a dictionary per paper.</summary>
    private static int IndexOf(IReadOnlyList<RelationEntity> entities, string name)
    {
        for (var i = 0; i < entities.Count; i++)
            if (entities[i].Name == name) return i;
        return -1;
    }

    /// <summary>The sentence whose trimmed text is <paramref name="evidence"/>, or -1 (the title, a paper-wide reading).</summary>
    private static int SentenceOf(RelationDocument document, string evidence)
    {
        for (var k = 0; k < document.Sentences.Count; k++)
        {
            var s = document.Sentences[k];
            if (s.Length >= evidence.Length && document.Text.AsSpan(s.Start, s.Length).Trim().SequenceEqual(evidence)) return k;
        }
        return -1;
    }
}
