using DigestGraph.Extract.Text;
using T = DigestGraph.Extract.Relations.Learned.FeatureTemplate;

namespace DigestGraph.Extract.Relations.Learned;

/// <summary>
/// The features of a candidate pair: the two entities' types and roles (introduced, the paper's own), how the pair was
/// read, their order and distance, the names and clause breaks between them, the cue lists written between, before, after
/// and beside them (conjoined with the order, so "A outperforms B" and "B is outperformed by A" differ), a number after
/// the target, and what the rule patterns say of the pair (anywhere in the paper, and in this sentence). Single words
/// are not features: with 348 gold relations they were learned by heart and lowered cross-validated F1.
/// </summary>
internal static class RelationFeaturizer
{
    public static void Features(RelationReading reading, in RelationCandidate c, List<ulong> into)
    {
        var doc = reading.Document;
        var source = doc.Entities[c.Source];
        var target = doc.Entities[c.Target];
        ulong st = (ulong)source.Type, tt = (ulong)target.Type;
        var kind = (ulong)c.Kind;
        into.Add(FeatureHash.Of(T.Bias));
        into.Add(FeatureHash.Of(T.TypePair, st, tt));
        into.Add(FeatureHash.Of(T.SourceRole, st, Flag(source.Introduced), Flag(source.IsOwn)));
        into.Add(FeatureHash.Of(T.TargetRole, tt, Flag(target.Introduced), Flag(target.IsOwn)));
        into.Add(FeatureHash.Of(T.Kind, kind));
        into.Add(FeatureHash.Of(T.KindTypePair, kind, st, tt));
        into.Add(FeatureHash.Of(T.Repeated, (ulong)Math.Min(source.Occurrences.Count, 3), (ulong)Math.Min(target.Occurrences.Count, 3)));
        if (Contains(source.Name, target.Name)) into.Add(FeatureHash.Of(T.SourceContainsTarget, tt));
        AddRules(reading, c, st, tt, into);
        if (c.Kind == CandidateKind.RuleOnly) return;

        var text = doc.Text;
        var s = doc.Sentences[c.Sentence];
        var forward = Flag(c.SourceFirst);
        var (firstEnd, secondStart) = c.SourceFirst ? (c.SourceEnd, c.TargetStart) : (c.TargetEnd, c.SourceStart);
        var (firstStart, secondEnd) = c.SourceFirst ? (c.SourceStart, c.TargetEnd) : (c.TargetStart, c.SourceEnd);
        into.Add(FeatureHash.Of(T.Order, forward, st, tt));
        into.Add(FeatureHash.Of(T.Distance, forward, DistanceBucket(secondStart - firstEnd)));
        into.Add(FeatureHash.Of(T.SentencePosition, Flag(c.Sentence == 0), Flag(c.Sentence == doc.Sentences.Count - 1)));
        AddNamesBetween(reading, c, firstEnd, secondStart, forward, into);
        AddBreaks(text, firstEnd, secondStart, forward, into);
        AddCues(reading.Cues(c.Sentence), c, firstStart, firstEnd, secondStart, secondEnd, forward, st, tt, into);
        if (HasNumberAfter(text, c.TargetEnd, s.End)) into.Add(FeatureHash.Of(T.NumberAfterTarget, tt));
    }

    private static ulong Flag(bool value) => value ? 1UL : 0UL;

    private static ulong DistanceBucket(int gap) => gap switch { <= 2 => 0, <= 6 => 1, <= 15 => 2, <= 30 => 3, <= 60 => 4, _ => 5 };

    private static bool Contains(string name, string other) =>
        name.Length > other.Length && other.Length >= 2 && name.Contains(other, StringComparison.OrdinalIgnoreCase);

    private static void AddRules(RelationReading reading, in RelationCandidate c, ulong st, ulong tt, List<ulong> into)
    {
        var forward = reading.RuleTypes.GetValueOrDefault((c.Source, c.Target));
        var reversed = reading.RuleTypes.GetValueOrDefault((c.Target, c.Source));
        if (forward == 0 && reversed == 0) into.Add(FeatureHash.Of(T.NoRule));
        for (var type = 0; type < 32 && (forward | reversed) >> type != 0; type++)
        {
            if ((forward >> type & 1) != 0)
            {
                into.Add(FeatureHash.Of(T.RuleForward, (ulong)type));
                into.Add(FeatureHash.Of(T.RuleForwardTypePair, (ulong)type, st, tt));
            }
            if ((reversed >> type & 1) != 0) into.Add(FeatureHash.Of(T.RuleReversed, (ulong)type));
        }
        if (c.Sentence < 0) return;
        var here = reading.RuleTypesBySentence.GetValueOrDefault((c.Source, c.Target, c.Sentence));
        for (var type = 0; type < 32 && here >> type != 0; type++)
            if ((here >> type & 1) != 0)
            {
                into.Add(FeatureHash.Of(T.RuleHere, (ulong)type));
                into.Add(FeatureHash.Of(T.RuleHereKind, (ulong)type, (ulong)c.Kind));
            }
    }

    /// <summary>How many names stand between the two, and whether one of the source's or target's type does (a nearer one of its kind).</summary>
    private static void AddNamesBetween(RelationReading reading, in RelationCandidate c, int from, int to, ulong forward, List<ulong> into)
    {
        var entities = reading.Document.Entities;
        int between = 0, sameAsTarget = 0, systemsBefore = 0;
        foreach (var o in reading.Occurrences[c.Sentence])
        {
            var type = entities[o.Entity].Type;
            if (o.Start >= from && o.End <= to && o.Entity != c.Source && o.Entity != c.Target)
            {
                between++;
                if (type == entities[c.Target].Type) sameAsTarget++;
            }
            if (o.Start < c.SourceStart && type is EntityType.Model or EntityType.Method && o.Entity != c.Source) systemsBefore++;
        }
        into.Add(FeatureHash.Of(T.NamesBetween, forward, (ulong)Math.Min(between, 3), (ulong)Math.Min(sameAsTarget, 2)));
        into.Add(FeatureHash.Of(T.FirstSystem, (ulong)Math.Min(systemsBefore, 2), (ulong)entities[c.Source].Type));
    }

    private static void AddBreaks(string text, int from, int to, ulong forward, List<ulong> into)
    {
        bool clause = false, bracket = false;
        for (var i = Math.Max(from, 0); i < to && i < text.Length; i++)
        {
            var ch = text[i];
            clause |= CharClass.IsClauseBreak(ch);
            bracket |= CharClass.IsOpenParen(ch) || CharClass.IsCloseParen(ch);
        }
        into.Add(FeatureHash.Of(T.ClauseBreakBetween, forward, Flag(clause)));
        if (bracket) into.Add(FeatureHash.Of(T.BracketBetween, forward));
    }

    private static void AddCues(CueHit[] hits, in RelationCandidate c, int firstStart, int firstEnd, int secondStart, int secondEnd, ulong forward, ulong st, ulong tt, List<ulong> into)
    {
        uint between = 0, before = 0, after = 0, besideSource = 0, besideTarget = 0;
        foreach (var h in hits)
        {
            if (h.Start >= firstEnd && h.End <= secondStart) between |= h.Lists;
            else if (h.End <= firstStart) before |= h.Lists;
            else if (h.Start >= secondEnd) after |= h.Lists;
            if (h.End <= c.SourceStart && c.SourceStart - h.End <= 2 || h.Start >= c.SourceEnd && h.Start - c.SourceEnd <= 2) besideSource |= h.Lists;
            if (h.End <= c.TargetStart && c.TargetStart - h.End <= 2 || h.Start >= c.TargetEnd && h.Start - c.TargetEnd <= 2) besideTarget |= h.Lists;
        }
        for (var list = 0; list < 32; list++)
        {
            var bit = 1u << list;
            if ((between & bit) != 0)
            {
                into.Add(FeatureHash.Of(T.CueBetween, (ulong)list, forward));
                into.Add(FeatureHash.Of(T.CueBetweenTypePair, (ulong)list, forward, st, tt));
            }
            if ((before & bit) != 0) into.Add(FeatureHash.Of(T.CueBefore, (ulong)list, forward));
            if ((after & bit) != 0) into.Add(FeatureHash.Of(T.CueAfter, (ulong)list, forward));
            if ((besideSource & bit) != 0) into.Add(FeatureHash.Of(T.CueBeside, (ulong)list, 0));
            if ((besideTarget & bit) != 0) into.Add(FeatureHash.Of(T.CueBeside, (ulong)list, 1));
        }
    }

    /// <summary>A digit after the target in its sentence before the next clause break: a result reported for it.</summary>
    private static bool HasNumberAfter(string text, int from, int end)
    {
        for (var i = Math.Max(from, 0); i < end && i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i])) return true;
            if (text[i] is '。' or '；' or ';') return false;
        }
        return false;
    }
}
