using System.Globalization;

namespace DigestGraph.Extract.Evaluation;

/// <summary>
/// Scores predicted records against gold records exactly as docs/EXTRACTION.md defines: names compared after folding,
/// don't-care terms left out on both sides, predictions and gold matched one to one per paper, micro-averaged.
/// </summary>
public sealed class ExtractionScorer(DontCareTerms dontCare)
{
    public static ExtractionScorer Default { get; } = new(DontCareTerms.Default);

    /// <summary>Scores the papers of one file; gold papers without a prediction count as entirely missed.</summary>
    public FileScore ScoreFile(string name, IReadOnlyList<ExtractionRecord> gold, IReadOnlyList<ExtractionRecord> predicted)
    {
        var byId = new Dictionary<string, ExtractionRecord>(StringComparer.Ordinal);
        foreach (var p in predicted) byId.TryAdd(p.Id, p);
        var total = ScoreCard.Empty;
        var misses = new List<PaperMisses>();
        foreach (var g in gold)
        {
            var p = byId.GetValueOrDefault(g.Id) ?? new ExtractionRecord(g.Id, g.Title, [], [], [], null);
            var (card, paperMisses) = ScorePaper(g, p);
            total += card;
            misses.Add(paperMisses);
        }
        return new FileScore(name, total, misses);
    }

    public (ScoreCard Score, PaperMisses Misses) ScorePaper(ExtractionRecord gold, ExtractionRecord predicted)
    {
        var goldEntities = gold.Entities.Where(e => !dontCare.Covers(e)).ToArray();
        var predEntities = predicted.Entities.Where(e => !dontCare.Contains(e.Name)).ToArray();
        var matches = MatchEntities(goldEntities, predEntities);

        var typedTp = matches.Count(m => TypeAgrees(goldEntities[m.Gold], predEntities[m.Pred]));
        var untyped = new Counts(matches.Count, predEntities.Length - matches.Count, goldEntities.Length - matches.Count);
        var typed = new Counts(typedTp, predEntities.Length - typedTp, goldEntities.Length - typedTp);

        var introTp = matches.Count(m => goldEntities[m.Gold].Introduced && predEntities[m.Pred].Introduced);
        var introduced = new Counts(introTp,
            predEntities.Count(e => e.Introduced) - introTp,
            goldEntities.Count(e => e.Introduced) - introTp);

        var (relations, resultAccuracy, missedRelations, spuriousRelations, wrongValues) = ScoreRelations(gold, predicted);

        var goldTopics = gold.Topics.ToHashSet(StringComparer.Ordinal);
        var predTopics = predicted.Topics.Distinct(StringComparer.Ordinal).ToArray();
        var topicTp = predTopics.Count(goldTopics.Contains);
        var topics = new Counts(topicTp, predTopics.Length - topicTp, goldTopics.Count - topicTp);
        var primary = new Ratio(gold.PrimaryTopic is not null && gold.PrimaryTopic == predicted.PrimaryTopic ? 1 : 0,
            gold.PrimaryTopic is null ? 0 : 1);

        var matchedGold = matches.Select(m => m.Gold).ToHashSet();
        var matchedPred = matches.Select(m => m.Pred).ToHashSet();
        var topicErrors = new List<string>();
        topicErrors.AddRange(goldTopics.Except(predTopics).Select(t => "missed topic " + t));
        topicErrors.AddRange(predTopics.Except(goldTopics).Select(t => "spurious topic " + t));
        if (primary.Total == 1 && primary.Hits == 0) topicErrors.Add($"primary {predicted.PrimaryTopic ?? "none"} (gold {gold.PrimaryTopic})");

        var paperMisses = new PaperMisses(
            gold.Id,
            gold.Title,
            goldEntities.Where((_, i) => !matchedGold.Contains(i)).Select(Describe).ToArray(),
            predEntities.Where((_, i) => !matchedPred.Contains(i)).Select(Describe).ToArray(),
            matches.Where(m => !TypeAgrees(goldEntities[m.Gold], predEntities[m.Pred]))
                .Select(m => $"{predEntities[m.Pred].Name}: {predEntities[m.Pred].Type} (gold {string.Join("/", goldEntities[m.Gold].AllTypes)})")
                .ToArray(),
            matches.Where(m => goldEntities[m.Gold].Introduced != predEntities[m.Pred].Introduced)
                .Select(m => $"{predEntities[m.Pred].Name}: {(predEntities[m.Pred].Introduced ? "flagged" : "not flagged")} introduced (gold {(goldEntities[m.Gold].Introduced ? "introduced" : "not introduced")})")
                .ToArray(),
            missedRelations,
            spuriousRelations,
            wrongValues,
            topicErrors);
        return (new ScoreCard(1, typed, untyped, introduced, relations, resultAccuracy, topics, primary), paperMisses);
    }

    private static string Describe(EntityRecord e) =>
        $"{e.Name} [{string.Join("/", e.AllTypes)}{(e.Introduced ? ", introduced" : "")}]";

    private static bool TypeAgrees(EntityRecord gold, EntityRecord pred)
    {
        var predType = pred.Type ?? pred.Types.FirstOrDefault();
        return predType is not null && gold.AllTypes.Contains(predType, StringComparer.Ordinal);
    }

    /// <summary>One-to-one matching: exact names first, then aliases; within each pass a type-compatible gold entity is preferred.</summary>
    private static List<(int Gold, int Pred)> MatchEntities(EntityRecord[] gold, EntityRecord[] pred)
    {
        var goldNames = gold.Select(g => NameFolding.Fold(g.Name)).ToArray();
        var goldSurfaces = gold.Select(g => g.Surfaces.Select(NameFolding.Fold).ToHashSet(StringComparer.Ordinal)).ToArray();
        var predFolds = pred.Select(p => NameFolding.Fold(p.Name)).ToArray();
        var goldTaken = new bool[gold.Length];
        var predTaken = new bool[pred.Length];
        var matches = new List<(int, int)>();

        foreach (var byAlias in new[] { false, true })
        foreach (var typedOnly in new[] { true, false })
            for (var p = 0; p < pred.Length; p++)
            {
                if (predTaken[p] || predFolds[p].Length == 0) continue;
                for (var g = 0; g < gold.Length; g++)
                {
                    if (goldTaken[g]) continue;
                    var hit = byAlias ? goldSurfaces[g].Contains(predFolds[p]) : goldNames[g] == predFolds[p];
                    if (!hit || (typedOnly && !TypeAgrees(gold[g], pred[p]))) continue;
                    goldTaken[g] = predTaken[p] = true;
                    matches.Add((g, p));
                    break;
                }
            }
        return matches;
    }

    private (Counts Relations, Ratio Results, IReadOnlyList<string> Missed, IReadOnlyList<string> Spurious, IReadOnlyList<string> WrongValues)
        ScoreRelations(ExtractionRecord gold, ExtractionRecord predicted)
    {
        // A name resolves to every gold entity it folds to (name or alias); don't-care ends are left out on both sides.
        var entityIndex = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < gold.Entities.Count; i++)
            foreach (var s in gold.Entities[i].Surfaces)
            {
                var f = NameFolding.Fold(s);
                if (!entityIndex.TryGetValue(f, out var list)) entityIndex[f] = list = [];
                if (!list.Contains(i)) list.Add(i);
            }
        IReadOnlyList<int> Resolve(string name) => entityIndex.GetValueOrDefault(NameFolding.Fold(name)) ?? [];
        bool DontCareEnd(string name) => dontCare.Contains(name)
            || Resolve(name).Any(i => dontCare.Covers(gold.Entities[i]));

        var goldRelations = gold.Relations.Where(r => !DontCareEnd(r.Source) && !DontCareEnd(r.Target)).ToArray();
        var predRelations = predicted.Relations
            .Where(r => !DontCareEnd(r.Source) && !DontCareEnd(r.Target))
            .DistinctBy(r => (r.Type, NameFolding.Fold(r.Source), NameFolding.Fold(r.Target)))
            .ToArray();

        var goldTaken = new bool[goldRelations.Length];
        var spurious = new List<string>();
        var wrongValues = new List<string>();
        var tp = 0;
        var results = new Ratio(0, 0);
        foreach (var p in predRelations)
        {
            var sources = Resolve(p.Source);
            var targets = Resolve(p.Target);
            var hit = -1;
            for (var g = 0; g < goldRelations.Length && hit < 0; g++)
            {
                var gr = goldRelations[g];
                if (goldTaken[g] || gr.Type != p.Type) continue;
                if (Resolve(gr.Source).Any(sources.Contains) && Resolve(gr.Target).Any(targets.Contains)) hit = g;
            }
            if (hit < 0)
            {
                spurious.Add(DescribeRelation(p));
                continue;
            }
            goldTaken[hit] = true;
            tp++;
            var goldRelation = goldRelations[hit];
            if (goldRelation.Type == "EVALUATED_ON" && goldRelation.Value is not null)
            {
                var same = SameNumber(goldRelation.Value, p.Value);
                results += new Ratio(same ? 1 : 0, 1);
                if (!same) wrongValues.Add($"{DescribeRelation(p)}: value {p.Value ?? "none"} (gold {goldRelation.Value})");
            }
        }
        var missed = goldRelations.Where((_, i) => !goldTaken[i]).Select(DescribeRelation).ToArray();
        return (new Counts(tp, predRelations.Length - tp, goldRelations.Length - tp), results, missed, spurious, wrongValues);
    }

    private static string DescribeRelation(RelationRecord r) =>
        $"{r.Type} {r.Source} -> {r.Target}{(r.Value is null ? "" : $" ({r.Metric}={r.Value})")}";

    private static bool SameNumber(string gold, string? predicted) =>
        predicted is not null
        && double.TryParse(gold, NumberStyles.Float, CultureInfo.InvariantCulture, out var g)
        && double.TryParse(predicted, NumberStyles.Float, CultureInfo.InvariantCulture, out var p)
        && Math.Abs(g - p) < 1e-9;
}
