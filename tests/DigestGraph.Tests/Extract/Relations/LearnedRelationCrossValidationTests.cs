using DigestGraph.Extract;
using DigestGraph.Extract.Evaluation;
using DigestGraph.Extract.Learning;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Relations.Learned;
using DigestGraph.Extract.Topics;
using Xunit.Abstractions;

namespace DigestGraph.Tests.Extract.Relations;

/// <summary>
/// The learned relations cross-validated over the seeds and the development corpus (5 folds by paper): each paper is
/// scored by a model trained on the other folds, beside the rule patterns scored in the same run. The issue's bars
/// (relation F1 0.55, result accuracy 0.90) are printed against, not asserted: they are not reached yet (see the README).
/// </summary>
public class LearnedRelationCrossValidationTests(ITestOutputHelper output)
{
    private const int Folds = 5;
    private const int Seed = 12;

    [Fact]
    public void Cross_validated_learned_relations_beat_the_rule_patterns_on_the_papers_the_rules_were_not_written_for()
    {
        var corpus = AnnotatedCorpus.Load([RepoPaths.Gold, RepoPaths.Dev], [RepoPaths.Seeds, RepoPaths.Dev]);
        var rules = RuleBasedExtractor.CreateDefault();
        var ruleScores = CrossValidation.Run(corpus, Folds, Seed, _ => rules, ExtractionScorer.Default);
        var learnedScores = CrossValidation.Run(corpus, Folds, Seed,
            training => new RuleBasedExtractor(ExtractionKnowledge.Default, Taxonomy.Default, RelationModel.Train(training, Seed)),
            ExtractionScorer.Default);

        output.WriteLine($"{"slice",-10} {"papers",6} | {"rules P",7} {"R",5} {"F1",5} {"results",7} | {"learned P",9} {"R",5} {"F1",5} {"results",7}");
        foreach (var (slice, member) in Slices(corpus))
        {
            var r = Sum(ruleScores, member);
            var l = Sum(learnedScores, member);
            output.WriteLine($"{slice,-10} {l.Papers,6} | {r.Relations.Precision,7:0.000} {r.Relations.Recall,5:0.00} {r.Relations.F1,5:0.000} {r.ResultAccuracy.Value,7:0.000} | "
                + $"{l.Relations.Precision,9:0.000} {l.Relations.Recall,5:0.00} {l.Relations.F1,5:0.000} {l.ResultAccuracy.Value,7:0.000}");
        }
        var all = Sum(learnedScores, _ => true);
        output.WriteLine($"bars: relation F1 {all.Relations.F1:0.000} (bar 0.55), result accuracy {all.ResultAccuracy.Value:0.000} (bar 0.90)");
        var rulesDev = Sum(ruleScores, IsDevelopment).Relations.F1;
        var learnedDev = Sum(learnedScores, IsDevelopment).Relations.F1;
        Assert.True(learnedDev > rulesDev, $"development papers: learned relation F1 {learnedDev:0.000}, rules {rulesDev:0.000}");
    }

    private static IEnumerable<(string Slice, Func<AnnotatedPaper, bool> Member)> Slices(IReadOnlyList<AnnotatedPaper> corpus)
    {
        yield return ("all", _ => true);
        yield return ("dev", IsDevelopment);
        foreach (var language in new[] { "zh", "en" }) yield return (language, p => p.Language == language);
        foreach (var area in corpus.Select(p => p.Area).Distinct().Order(StringComparer.Ordinal)) yield return (area, p => p.Area == area);
    }

    /// <summary>The development corpus: papers no rule was tuned on (the seeds were).</summary>
    private static bool IsDevelopment(AnnotatedPaper p) => p.Area != "seeds";

    private static ScoreCard Sum(IReadOnlyList<ScoredPaper> scored, Func<AnnotatedPaper, bool> member) =>
        scored.Where(s => member(s.Paper)).Aggregate(ScoreCard.Empty, (sum, s) => sum + s.Score);
}
