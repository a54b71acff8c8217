using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract;
using DigestGraph.Graph;
using DigestGraph.Ingest;

namespace DigestGraph.IntegrationTests;

/// <summary>Hand-written extractions of two small digests whose graph every test and query check is stated against.</summary>
public static class SampleGraphs
{
    public static Paper Paper(string id, string title, string abstractText, string file = "digest-a.md", int line = 1) =>
        new(id, title, $"译：{title}", $"https://arxiv.org/abs/{id}", abstractText, [$"https://github.com/example/{id}"], new SourceLocation(file, line));

    public static ExtractedEntity Entity(string name, EntityType type, bool introduced = false, params string[] aliases) =>
        new(name, type) { Introduced = introduced, Aliases = aliases };

    public static ExtractedEntity Benchmark(string name) =>
        new(name, EntityType.Benchmark) { Types = [EntityType.Benchmark, EntityType.Dataset] };

    public static ExtractedRelation Rel(RelationType type, string source, string target, string? metric = null, string? value = null) =>
        new(type, source, target, $"{source} {type.Name()} {target}.") { Metric = metric, Value = value };

    /// <summary>FastBERT (2403.01234) beats BERT on GLUE; VisionMamba (2403.05678) beats ViT on ImageNet; Llama-3-8B-Tuned (2404.00042) beats BERT.</summary>
    public static IReadOnlyList<PaperExtraction> DigestA() =>
    [
        new(Paper("2403.01234", "FastBERT: Faster BERT with Early Exit", "We propose FastBERT, based on BERT by Google. It beats BERT on GLUE (89.5 accuracy).", line: 1),
            [
                Entity("FastBERT", EntityType.Model, introduced: true),
                Entity("BERT", EntityType.Model, false, "Bidirectional Encoder Representations from Transformers"),
                Benchmark("GLUE"),
                Entity("Google", EntityType.Organization),
                Entity("accuracy", EntityType.Metric),
            ],
            [
                Rel(RelationType.Outperforms, "FastBERT", "BERT"),
                Rel(RelationType.EvaluatedOn, "FastBERT", "GLUE", "accuracy", "89.5"),
                Rel(RelationType.EvaluatedOn, "BERT", "GLUE", "accuracy", "85.0"),
                Rel(RelationType.BasedOn, "FastBERT", "BERT"),
                Rel(RelationType.DevelopedBy, "BERT", "Google"),
            ],
            ["Natural Language Processing", "Efficient Inference"], "Natural Language Processing"),

        new(Paper("2403.05678", "VisionMamba: State Space Models for Vision", "VisionMamba from Meta beats ViT by Google on ImageNet (84.2 top-1).", line: 9),
            [
                Entity("VisionMamba", EntityType.Model, introduced: true, "Vim"),
                Entity("ViT", EntityType.Model),
                Benchmark("ImageNet"),
                Entity("Meta", EntityType.Organization),
                Entity("Google", EntityType.Organization),
            ],
            [
                Rel(RelationType.Outperforms, "VisionMamba", "ViT"),
                Rel(RelationType.EvaluatedOn, "VisionMamba", "ImageNet", "top-1", "84.2"),
                Rel(RelationType.EvaluatedOn, "ViT", "ImageNet", "top-1", "81.0"),
                Rel(RelationType.DevelopedBy, "VisionMamba", "Meta"),
                Rel(RelationType.DevelopedBy, "ViT", "Google"),
            ],
            ["Computer Vision"], "Computer Vision"),

        new(Paper("2404.00042", "Llama-3-8B-Tuned: Instruction Tuning at Scale", "Llama-3-8B-Tuned by Meta, trained on A100 GPUs, beats BERT on GLUE (87.3 accuracy).", line: 17),
            [
                Entity("Llama-3-8B-Tuned", EntityType.Model, introduced: true),
                Entity("BERT", EntityType.Model),
                Benchmark("GLUE"),
                Entity("Meta", EntityType.Organization),
                Entity("A100", EntityType.Hardware),
            ],
            [
                Rel(RelationType.Outperforms, "Llama-3-8B-Tuned", "BERT"),
                Rel(RelationType.EvaluatedOn, "Llama-3-8B-Tuned", "GLUE", "accuracy", "87.3"),
                Rel(RelationType.DevelopedBy, "Llama-3-8B-Tuned", "Meta"),
                Rel(RelationType.Uses, "Llama-3-8B-Tuned", "A100"),
            ],
            ["Natural Language Processing"], "Natural Language Processing"),
    ];

    /// <summary>A second digest: one new paper sharing BERT, GLUE and Google with digest A, one sharing nothing.</summary>
    public static IReadOnlyList<PaperExtraction> DigestB() =>
    [
        new(Paper("2405.11111", "TinyBERT-2: Distilling BERT Again", "TinyBERT-2 distils BERT (Google) and beats FastBERT on GLUE with 90.1 accuracy.", "digest-b.md", 1),
            [
                Entity("TinyBERT-2", EntityType.Model, introduced: true),
                Entity("BERT", EntityType.Model, false, "BERT-base"),
                Entity("FastBERT", EntityType.Model),
                Benchmark("GLUE"),
                Entity("Google", EntityType.Organization),
            ],
            [
                Rel(RelationType.Outperforms, "TinyBERT-2", "FastBERT"),
                Rel(RelationType.EvaluatedOn, "TinyBERT-2", "GLUE", "accuracy", "90.1"),
                Rel(RelationType.BasedOn, "TinyBERT-2", "BERT"),
            ],
            ["Natural Language Processing", "Model Compression"], "Model Compression"),

        new(Paper("2411.22222", "GraphCast-X: Weather at Scale", "GraphCast-X predicts weather on ERA5.", "digest-b.md", 9),
            [
                Entity("GraphCast-X", EntityType.Model, introduced: true),
                new ExtractedEntity("ERA5", EntityType.Dataset),
            ],
            [Rel(RelationType.TrainedOn, "GraphCast-X", "ERA5")],
            ["Scientific Machine Learning"], "Scientific Machine Learning"),
    ];

    public static KnowledgeGraph Build(IEnumerable<PaperExtraction> extractions) => new GraphBuilder(EntityLexicon.Default).AddRange(extractions).Build();
}
