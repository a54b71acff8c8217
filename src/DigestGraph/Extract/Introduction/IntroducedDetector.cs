using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Relations;
using DigestGraph.Extract.Resolution;
using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Introduction;

/// <summary>
/// Flags what the paper itself creates: the title's own name; the name right after 我们提出 / we propose (and the names
/// listed with it, named by 名为 / called in that sentence, or listed there as its parts after a colon); <c>我们的模型 X</c>;
/// a name the title also uses that the lexicon does not know; and names built on an introduced one (<c>LLaVA-o1-100k</c>,
/// <c>InternVL2-8B-MPO</c>).
/// </summary>
public sealed class IntroducedDetector(ExtractionKnowledge knowledge)
{
    private const int MaxGapAfterCue = 30;
    private const int MaxNamingFillers = 4;

    /// <param name="occurrences">The drafts' occurrences in text order (<see cref="Occurrence.InTextOrder"/>).</param>
    /// <param name="bySentence">The same, sliced per sentence (<see cref="OccurrencesBySentence.Slice"/>).</param>
    public void Mark(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityDraft> drafts, Occurrence[] occurrences,
        ArraySegment<Occurrence>[] bySentence)
    {
        var cues = knowledge.RelationCues;
        var introduce = cues.Introduce;
        var naming = cues.Naming;
        foreach (var d in drafts)
            if (d.IsTitleName) d.Introduced = true;

        // Whether each sentence holds an introducing cue: read here and by MarkNamedResources.
        var introducing = new bool[sentences.Count];
        for (var k = 0; k < sentences.Count; k++)
        {
            var sentence = sentences[k];
            var inSentence = bySentence[k];
            // Every step below marks a name of the sentence as new: nothing to do when all already are.
            if (AllNew(inSentence)) continue;
            var introduceCues = introduce.FindAll(text, sentence.Start, sentence.End);
            introducing[k] = introduceCues.Count > 0;
            foreach (var (cuePos, cue) in introduceCues)
            {
                var cueEnd = cuePos + cue.Length;
                var first = FirstStartingFrom(inSentence, cueEnd);
                if (first.Entity is null || first.Start - cueEnd > MaxGapAfterCue || HasBreak(text, cueEnd, first.Start)) continue;
                // A known name after the cue is new only when it is the direct object ("我们提出了 RAG"), not "推出了一款经 DPO 优化的模型".
                if (first.Entity.Known is not null && text.AsSpan(cueEnd, first.Start - cueEnd).Trim().Length > 1) continue;
                // As the direct object ("We introduce MusicGen") a name the lexicon knows is this paper's own: it is the paper that made it known.
                MarkIfNew(first.Entity, named: true);
                // Names listed with the first one ("X 和 Y", "X, Y and Z").
                var last = first;
                foreach (var next in inSentence)
                {
                    if (next.Start <= first.Start) continue;
                    if (!IsCoordination(text, last.End, next.Start)) break;
                    MarkIfNew(next.Entity);
                    last = next;
                }
            }
            if (!introducing[k]) continue;
            foreach (var o in inSentence)
            {
                var p = o.Start;
                while (p > sentence.Start && text[p - 1] == ' ') p--;
                // "a simple method called chain-of-thought prompting": naming it in an introducing sentence makes even a now well-known name this paper's.
                if (naming.MatchEndingAt(text, p) is not null) MarkIfNew(o.Entity, named: true);
                // "we propose a framework built from three algorithms: the probability map, ...": the listed parts are the paper's.
                else if (o.Entity.IsListedPart && o.Entity.Known is null) MarkIfNew(o.Entity);
            }
        }

        var ownSubject = cues.OwnSubject;
        var selfNaming = cues.SelfNaming;
        foreach (var o in occurrences)
        {
            var p = o.Start;
            while (p > 0 && text[p - 1] == ' ') p--;
            var own = ownSubject.MatchEndingAt(text, p);
            if (own is not null && own.Length > 3) MarkIfNew(o.Entity);
            // "which we name Falconet", "我们称之为 Mamba", "we call this model the Vision Transformer": the authors naming a
            // thing is the paper creating it, even a thing the lexicon knows by that name.
            if (selfNaming.MatchEndingAt(text, BeforeFillers(text, p, cues.SelfNamingFillers)) is not null) MarkIfNew(o.Entity, named: true);
        }

        foreach (var d in drafts)
            if (d.InTitle && !d.IsTitleName && d.Known is null && d.Occurrences.Count > 0 || d.IsCoined) d.Introduced = true;
        MarkListedAfterIntroduced(text, sentences, bySentence);
        MarkNamedResources(text, sentences, introducing, bySentence);

        var introduced = new List<EntityDraft>();
        foreach (var d in drafts)
            if (d.Introduced) introduced.Add(d);
        foreach (var d in drafts)
        {
            if (d.Introduced || d.Known is not null) continue;
            foreach (var i in introduced)
            {
                if (!BuiltOn(d.Name, i.Name) && !SameNaming(d.Name, i.Name)) continue;
                d.Introduced = true;
                break;
            }
        }
    }

    /// <summary>Where the naming fillers written right before <paramref name="end"/> start ("we call| this model the |ViT"); <paramref name="end"/> without any.</summary>
    private static int BeforeFillers(string text, int end, CueList fillers)
    {
        var p = end;
        for (var words = 0; words < MaxNamingFillers && fillers.MatchEndingAt(text, p) is { } filler; words++)
            p = CharClass.SkipSpacesBack(text, p - filler.Length);
        return p;
    }

    /// <summary>Whether every name is already introduced as the paper's own (marking never undoes that).</summary>
    private static bool AllNew(ArraySegment<Occurrence> occurrences)
    {
        foreach (var o in occurrences)
            if (!o.Entity.Introduced || o.Entity.Known is not null) return false;
        return true;
    }

    /// <summary>The first occurrence (of those sorted by start) that starts at or after <paramref name="position"/>, or none.</summary>
    private static Occurrence FirstStartingFrom(ArraySegment<Occurrence> occurrences, int position)
    {
        foreach (var o in occurrences)
            if (o.Start >= position) return o;
        return default;
    }

    /// <summary>"我们介绍了 MiniMax-01 系列，包括 MiniMax-Text-01 和 MiniMax-VL-01": members listed after an introduced name.</summary>
    private void MarkListedAfterIntroduced(string text, IReadOnlyList<Sentence> sentences, ArraySegment<Occurrence>[] bySentence)
    {
        var including = knowledge.RelationCues.Including;
        for (var k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            var inSentence = bySentence[k];
            for (var i = 0; i < inSentence.Count; i++)
            {
                if (!inSentence[i].Entity.Introduced) continue;
                var found = including.FindAll(text, inSentence[i].End, Math.Min(s.End, inSentence[i].End + 12));
                if (found.Count == 0) continue;
                var last = (Entity: (EntityDraft?)null, Start: 0, End: found[0].Position + found[0].Cue.Length);
                foreach (var o in inSentence)
                {
                    if (o.Start < last.End) continue;
                    if (last.Entity is not null && !IsCoordination(text, last.End, o.Start)) break;
                    if (last.Entity is null && text.AsSpan(last.End, o.Start - last.End).Trim().Length > 0) break;
                    if (o.Entity.Known is null) o.Entity.Introduced = true;
                    last = (o.Entity, o.Start, o.End);
                }
            }
        }
    }

    /// <summary>"我们…生成了…偏好数据集 MMPR": a new name right after a resource noun, in a sentence where the authors make things.</summary>
    private void MarkNamedResources(string text, IReadOnlyList<Sentence> sentences, bool[] introducing, ArraySegment<Occurrence>[] bySentence)
    {
        for (var k = 0; k < sentences.Count; k++)
        {
            if (!introducing[k]) continue;
            var s = sentences[k];
            foreach (var o in bySentence[k])
            {
                if (o.Entity.Known is not null) continue;
                var p = o.Start;
                while (p > s.Start && text[p - 1] == ' ') p--;
                if (knowledge.TypeCues.NounEndingAt(text, p) is EntityType.Dataset or EntityType.Benchmark or EntityType.Model) o.Entity.Introduced = true;
            }
        }
    }

    private static void MarkIfNew(EntityDraft d, bool named = false)
    {
        // A well-known entity is not new, unless the paper writes it as its own (the lexicon reading of a clashing acronym).
        if (d.Known is not null && d.Surfaces.Any(IsSpelledOut) && !named) return;
        if (named && d.Known is not null && d.Surfaces.Any(IsSpelledOut))
        {
            d.Introduced = true;
            return;
        }
        d.Introduced = true;
        if (d.Known is not null)
        {
            d.Name = d.Surfaces.FirstOrDefault(s => s.All(c => !CharClass.IsCjk(c))) ?? d.Name;
            d.Known = null;
        }
    }

    /// <summary>A surface that is not a bare capital acronym: a Chinese term or a written-out name.</summary>
    private static bool IsSpelledOut(string surface) =>
        surface.Any(CharClass.IsCjk) || (surface.Length >= 4 && surface.Any(char.IsLower));

    private static bool HasBreak(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (text[i] is '，' or '。' or '；' or ',' or ';' or '：' or ':') return true;
        return false;
    }

    private static bool IsCoordination(string text, int from, int to)
    {
        if (to < from) return false;
        var gap = text.AsSpan(from, to - from).Trim();
        return gap is "和" or "与" or "、" or "及" or "以及" or "," or "，" or "and" or ", and" or "or";
    }

    /// <summary>"AVC-LM" beside "JPEG-LM", "MiniMax-Text-01" beside "MiniMax-01": one naming scheme, one paper's family.</summary>
    private static bool SameNaming(string name, string introducedName)
    {
        var dash = name.IndexOf('-');
        var introducedDash = introducedName.IndexOf('-');
        if (dash < 0 || introducedDash < 0) return false;
        var first = name.AsSpan(0, dash);
        var last = name.AsSpan(name.LastIndexOf('-') + 1);
        return (IsWord(first) && first.SequenceEqual(introducedName.AsSpan(0, introducedDash)) && first.Length >= 4)
            || (IsWord(last) && last.SequenceEqual(introducedName.AsSpan(introducedName.LastIndexOf('-') + 1)) && char.IsUpper(last[0]));
    }

    private static bool IsWord(ReadOnlySpan<char> segment)
    {
        if (segment.Length < 2) return false;
        foreach (var c in segment)
            if (!char.IsLetter(c)) return false;
        return true;
    }

    /// <summary>A name made of an introduced name plus a suffix or prefix segment: <c>Genex-DB</c>, <c>InternVL2-8B-MPO</c>.</summary>
    private static bool BuiltOn(string name, string introducedName)
    {
        if (name.Length <= introducedName.Length || introducedName.Length < 2) return false;
        if (name.StartsWith(introducedName, StringComparison.Ordinal) && name[introducedName.Length] is '-' or ' ')
            return true;
        return name.EndsWith(introducedName, StringComparison.Ordinal) && name[name.Length - introducedName.Length - 1] == '-';
    }
}
