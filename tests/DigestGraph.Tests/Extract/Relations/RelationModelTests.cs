using DigestGraph.Extract;
using DigestGraph.Extract.Evaluation;
using DigestGraph.Extract.Learning;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Pipeline;
using DigestGraph.Extract.Relations.Learned;
using DigestGraph.Extract.Topics;

namespace DigestGraph.Tests.Extract.Relations;

/// <summary>The learned relation model on hand-written papers: what it learns from a tiny corpus, its determinism and its file.</summary>
public class RelationModelTests
{
    // "B falls short of A": a comparison no rule pattern reads, stated in six training papers.
    private static readonly (string Weaker, string Stronger)[] TrainingPairs =
    [
        ("Falcon-7B", "Mistral-7B"), ("Gemma-7B", "Qwen-7B"), ("Phi-2", "LLaMA-2-7B"),
        ("Baichuan-7B", "Yi-6B"), ("Alpaca-7B", "Vicuna-13B"), ("GPT-3.5", "GPT-4o"),
    ];

    private static IReadOnlyList<AnnotatedPaper> TinyCorpus() =>
        TrainingPairs.Select((pair, i) => Annotated($"2401.0000{i}", pair.Weaker, pair.Stronger)).ToArray();

    private static AnnotatedPaper Annotated(string id, string weaker, string stronger)
    {
        var paper = ExtractorHarness.Paper("A study of reasoning", $"{weaker} falls short of {stronger} on reasoning tasks. Both are open models.", id: id);
        var gold = new ExtractionRecord(id, paper.Title,
            [new EntityRecord(weaker, "Model", [], [], false), new EntityRecord(stronger, "Model", [], [], false)],
            [new RelationRecord("OUTPERFORMS", stronger, weaker, null, null, null)], [], null);
        return new AnnotatedPaper(paper, gold, "test", "en");
    }

    private static readonly ExtractionPipeline Rules = Extractors.RuleOnly();

    private static ExtractionPipeline WithModel(RelationModel model) =>
        new ExtractionPipelineBuilder().UseRules(ExtractionKnowledge.Default, Taxonomy.Default).UseRelations(model).Build();

    [Fact]
    public void A_model_trained_on_a_tiny_corpus_reads_a_comparison_the_rules_do_not()
    {
        var model = RelationModel.Train(TinyCorpus(), seed: 1, Rules);
        var text = "Kestrel-8B falls short of Heron-8B on reasoning tasks. Both are open models.";

        var rules = ExtractorHarness.Extract("A study of reasoning", text);
        var learned = WithModel(model).Extract(ExtractorHarness.Paper("A study of reasoning", text));

        Assert.False(rules.Has(RelationType.Outperforms, "Heron-8B", "Kestrel-8B"), rules.Describe());
        Assert.True(learned.Has(RelationType.Outperforms, "Heron-8B", "Kestrel-8B"), learned.Describe());
        Assert.False(learned.Has(RelationType.Outperforms, "Kestrel-8B", "Heron-8B"), learned.Describe());
        var r = Assert.Single(learned.Relations);
        Assert.Equal("Kestrel-8B falls short of Heron-8B on reasoning tasks.", r.Evidence);
    }

    [Fact]
    public void The_rule_patterns_relations_stand_beside_what_the_model_adds()
    {
        var model = RelationModel.Train(TinyCorpus(), seed: 1, Rules);
        var text = "Heron-8B outperforms Mixtral on all tasks. Kestrel-8B falls short of Heron-8B on reasoning tasks.";

        var x = WithModel(model).Extract(ExtractorHarness.Paper("A study of reasoning", text));

        Assert.True(x.Has(RelationType.Outperforms, "Heron-8B", "Mixtral"), x.Describe());
        Assert.True(x.Has(RelationType.Outperforms, "Heron-8B", "Kestrel-8B"), x.Describe());
    }

    [Fact]
    public void Training_is_deterministic_to_the_byte()
    {
        Assert.Equal(Bytes(RelationModel.Train(TinyCorpus(), seed: 3, Rules)), Bytes(RelationModel.Train(TinyCorpus(), seed: 3, Rules)));
    }

    [Fact]
    public void A_saved_model_loads_back_and_reads_the_same_relations()
    {
        var model = RelationModel.Train(TinyCorpus(), seed: 1, Rules);
        using var stream = new MemoryStream(Bytes(model));
        var loaded = RelationModel.Load(stream, "relations.model");
        var paper = ExtractorHarness.Paper("A study of reasoning", "Kestrel-8B falls short of Heron-8B on reasoning tasks.");

        Assert.Equal(WithModel(model).Extract(paper).Relations, WithModel(loaded).Extract(paper).Relations);
        Assert.Equal(Bytes(model), Bytes(loaded));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("trailing")]
    public void A_corrupt_model_file_is_an_error_naming_the_file(string damage)
    {
        var bytes = Bytes(RelationModel.Train(TinyCorpus(), seed: 1, Rules));
        bytes = damage switch
        {
            "truncated" => bytes[..(bytes.Length / 2)],
            "garbage" => "PK\u0003\u0004 not a model"u8.ToArray(),
            _ => [.. bytes, 0],
        };

        var e = Assert.Throws<InvalidDataException>(() => RelationModel.Load(new MemoryStream(bytes), "models/extraction.model:relations"));
        Assert.StartsWith("models/extraction.model:relations: ", e.Message);
    }

    private static byte[] Bytes(RelationModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
