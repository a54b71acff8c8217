using DigestGraph.Extract.Evaluation;
using DigestGraph.Extract.Learning;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Topics;
using Xunit.Abstractions;

namespace DigestGraph.Tests.Extract.Learning;

/// <summary>
/// The bars of issue 12, cross-validated in the shipped model's configuration: five folds by paper over the seeds, the
/// development corpus and <c>eval/extra/</c>, repeated with three fixed seeds and summed. Every paper is scored by a
/// model trained without it, and without the lexicon entries named after reading these papers' misses
/// (<c>eval/lexicon-named-from-misses.txt</c>); the bars are measured on the seeds and the development corpus only (the
/// extra papers are summed apart). One partition of 47 English papers moves English typed F1 by up to 0.014 from seed
/// to seed, too coarse for a bar, so three are summed. One run serves every bar (a class fixture), one test per bar so
/// that a failure names the bar missed.
/// </summary>
public class CrossValidatedQualityTests(CrossValidatedQualityTests.Run run, ITestOutputHelper output) : IClassFixture<CrossValidatedQualityTests.Run>
{
    private static readonly int[] Seeds = [12, 7, 3];

    public sealed class Run
    {
        public CrossValidationSummary Summary { get; } = Measure();

        private static CrossValidationSummary Measure()
        {
            var lexicon = ExtractionKnowledge.Default.Lexicon;
            var knowledge = ExtractionKnowledge.Default with { Lexicon = lexicon.Without(LexiconNameList.Read(RepoPaths.LexiconNamedFromMisses, lexicon)) };
            AnnotatedPaper[] corpus =
            [
                .. AnnotatedCorpus.Load([RepoPaths.Gold, RepoPaths.Dev], GoldFiles.Expand([RepoPaths.Seeds, RepoPaths.Dev]).ToArray()),
                .. AnnotatedCorpus.Load([RepoPaths.Extra], GoldFiles.Expand([RepoPaths.Extra]).ToArray(), extra: true),
            ];
            var runs = CrossValidation.Repeat(corpus, k: 5, Seeds,
                (seed, training) => ExtractionModelTrainer.Train(training, seed, knowledge).Extractor(knowledge, Taxonomy.Default), ExtractionScorer.Default);
            return CrossValidationSummary.Of(runs.SelectMany(r => r.Scored).ToArray());
        }
    }

    private ScoreCard Chinese => run.Summary.Language("zh");
    private ScoreCard English => run.Summary.Language("en");
    private ScoreCard Overall => run.Summary.Overall;

    [Fact]
    public void Typed_entity_F1_chinese_reaches_0_85() => AtLeast(Chinese.TypedEntities.F1, 0.85, "typed entity F1, Chinese");

    [Fact]
    public void Typed_entity_F1_english_reaches_0_80() => AtLeast(English.TypedEntities.F1, 0.80, "typed entity F1, English");

    [Fact]
    public void Untyped_entity_precision_reaches_0_85() => AtLeast(Overall.UntypedEntities.Precision, 0.85, "untyped entity precision");

    [Fact]
    public void Relation_F1_reaches_0_55() => AtLeast(Overall.Relations.F1, 0.55, "relation F1");

    [Fact]
    public void Topic_F1_reaches_0_75() => AtLeast(Overall.Topics.F1, 0.75, "topic F1");

    [Fact]
    public void Primary_topic_accuracy_reaches_0_70() => AtLeast(Overall.PrimaryTopic.Value, 0.70, "primary-topic accuracy");

    [Fact]
    public void Result_accuracy_reaches_0_90() => AtLeast(Overall.ResultAccuracy.Value, 0.90, "result accuracy");

    private void AtLeast(double value, double bar, string what)
    {
        foreach (var (language, s) in run.Summary.ByLanguage)
            output.WriteLine($"{language}: typed {s.TypedEntities.F1:0.000} untyped P {s.UntypedEntities.Precision:0.000} relation {s.Relations.F1:0.000} "
                + $"topic {s.Topics.F1:0.000} primary {s.PrimaryTopic.Value:0.000} result {s.ResultAccuracy.Value:0.000}");
        Assert.True(value >= bar, $"cross-validated {what} {value:0.000}, below {bar:0.00}");
    }
}
