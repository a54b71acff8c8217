using DigestGraph.Extract.Evaluation;

namespace DigestGraph.Tests.Extract;

/// <summary>The scoring of docs/EXTRACTION.md on hand-made records.</summary>
public class ExtractionScorerTests
{
    private static EntityRecord E(string name, string type, bool introduced = false, params string[] aliases) =>
        new(name, type, [], aliases, introduced);

    private static ExtractionRecord R(IReadOnlyList<EntityRecord> entities, IReadOnlyList<RelationRecord>? relations = null,
        IReadOnlyList<string>? topics = null, string? primary = null) =>
        new("1", "t", entities, relations ?? [], topics ?? [], primary);

    private static ScoreCard Score(ExtractionRecord gold, ExtractionRecord predicted) =>
        ExtractionScorer.Default.ScorePaper(gold, predicted).Score;

    [Fact]
    public void Names_match_after_folding_and_through_aliases()
    {
        var gold = R([E("GPT-4o-mini", "Model"), E("Chain-of-Thought", "Method", false, "CoT", "思维链")]);
        var s = Score(gold, R([E("gpt 4o mini", "Model"), E("思维链", "Method")]));
        Assert.Equal(new Counts(2, 0, 0), s.UntypedEntities);
    }

    [Fact]
    public void Matching_is_one_to_one()
    {
        var gold = R([E("Chain-of-Thought", "Method", false, "CoT")]);
        var s = Score(gold, R([E("CoT", "Method"), E("Chain-of-Thought", "Method")]));
        Assert.Equal(new Counts(1, 1, 0), s.UntypedEntities);
    }

    [Fact]
    public void Typed_matching_accepts_any_of_the_gold_types()
    {
        var gold = R([new EntityRecord("Med-MAT", null, ["Dataset", "Benchmark"], [], true), E("CLIP", "Model")]);
        var s = Score(gold, R([E("Med-MAT", "Benchmark", true), E("CLIP", "Method")]));
        Assert.Equal(new Counts(2, 0, 0), s.UntypedEntities);
        Assert.Equal(new Counts(1, 1, 1), s.TypedEntities);
        Assert.Equal(new Counts(1, 0, 0), s.Introduced);
    }

    [Fact]
    public void Dont_care_terms_are_left_out_on_both_sides()
    {
        var gold = R([E("Quantization", "Method", false, "量化"), E("Reinforcement Learning", "Method", false, "RL"), E("Hi4D", "Benchmark")]);
        var s = Score(gold, R([E("RL", "Method"), E("KV cache", "Method"), E("Hi4D", "Benchmark")]));
        Assert.Equal(new Counts(1, 0, 0), s.UntypedEntities);
    }

    [Fact]
    public void Relations_match_by_type_and_both_ends_through_aliases()
    {
        var gold = R([E("o1", "Model", false, "OpenAI o1"), E("OpenAI", "Organization"), E("X", "Model")],
            [new RelationRecord("DEVELOPED_BY", "o1", "OpenAI", null, null, null), new RelationRecord("OUTPERFORMS", "X", "o1", null, null, null)]);
        var predicted = R([E("OpenAI o1", "Model"), E("OpenAI", "Organization"), E("X", "Model")],
            [new RelationRecord("DEVELOPED_BY", "OpenAI o1", "OpenAI", null, null, "e"), new RelationRecord("OUTPERFORMS", "o1", "X", null, null, "e")]);
        Assert.Equal(new Counts(1, 1, 1), Score(gold, predicted).Relations);
    }

    [Fact]
    public void Result_accuracy_compares_values_as_numbers_on_matched_evaluations()
    {
        var entities = new[] { E("M", "Model"), E("B", "Benchmark"), E("C", "Benchmark") };
        var gold = R(entities, [new RelationRecord("EVALUATED_ON", "M", "B", "accuracy", "67.0", null), new RelationRecord("EVALUATED_ON", "M", "C", "accuracy", "12.5", null)]);
        var predicted = R(entities, [new RelationRecord("EVALUATED_ON", "M", "B", null, "67", "e"), new RelationRecord("EVALUATED_ON", "M", "C", null, "13", "e")]);
        var s = Score(gold, predicted);
        Assert.Equal(new Ratio(1, 2), s.ResultAccuracy);
        Assert.Equal(new Counts(2, 0, 0), s.Relations);
    }

    [Fact]
    public void Topics_and_primary_topic()
    {
        var gold = R([], null, ["Reasoning", "Agents"], "Reasoning");
        var s = Score(gold, R([], null, ["Reasoning", "Code Generation"], "Code Generation"));
        Assert.Equal(new Counts(1, 1, 1), s.Topics);
        Assert.Equal(new Ratio(0, 1), s.PrimaryTopic);
    }

    [Fact]
    public void File_scores_are_micro_averaged_and_a_missing_prediction_counts_as_missed()
    {
        var gold = new[] { R([E("A", "Model"), E("B", "Model")]) with { Id = "1" }, R([E("C", "Model")]) with { Id = "2" } };
        var predicted = new[] { R([E("A", "Model")]) with { Id = "1" } };
        var file = ExtractionScorer.Default.ScoreFile("f", gold, predicted);
        Assert.Equal(new Counts(1, 0, 2), file.Score.UntypedEntities);
        Assert.Equal(2, file.Score.Papers);
        Assert.Equal(1.0 / 2.0, file.Score.UntypedEntities.F1, 3);
    }
}
