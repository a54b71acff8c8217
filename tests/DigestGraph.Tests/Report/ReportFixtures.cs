using DigestGraph.Extract.Lexicon;
using DigestGraph.Export.Report;
using DigestGraph.Extract;
using DigestGraph.Graph;
using DigestGraph.Ingest;

namespace DigestGraph.Tests.Report;

/// <summary>Small knowledge graphs built the way the pipeline builds them (extractions through GraphBuilder).</summary>
internal static class ReportFixtures
{
    public static Paper Paper(string id, string title, string? translated, string abstractText) =>
        new(id, title, translated, $"https://arxiv.org/abs/{id}", abstractText, [], new SourceLocation("fixture.md", 1));

    public static ExtractedEntity Entity(string name, EntityType type, bool introduced = false) => new(name, type) { Introduced = introduced };

    /// <summary>The entities with the sentence an extractor gives each: the first of the abstract's that names it, else the title.</summary>
    private static ExtractedEntity[] FoundIn(Paper paper, params ExtractedEntity[] entities)
    {
        var sentences = System.Text.RegularExpressions.Regex.Split(paper.Abstract, @"(?<=[。.])\s*").Where(t => t.Length > 0).ToArray();
        return entities.Select(e => e with
        {
            Evidence = sentences.FirstOrDefault(t => t.Contains(e.Name, StringComparison.OrdinalIgnoreCase))
                       ?? (paper.Title.Contains(e.Name, StringComparison.OrdinalIgnoreCase) ? paper.Title : null),
        }).ToArray();
    }

    /// <summary>A paper's extraction with each entity's evidence sentence, as an extractor hands it to the graph.</summary>
    private static PaperExtraction WithEvidence(Paper paper, ExtractedEntity[] entities,
        IReadOnlyList<ExtractedRelation> relations, IReadOnlyList<string> topics, string? primary) =>
        new(paper, FoundIn(paper, entities), relations, topics, primary);

    public static ExtractedRelation Evaluated(string model, string benchmark, string metric, string value, string evidence) =>
        new(RelationType.EvaluatedOn, model, benchmark, evidence) { Metric = metric, Value = value };

    /// <summary>Three papers on two topics with seven EVALUATED_ON results over two benchmarks.</summary>
    public static KnowledgeGraph Leaderboards() => new GraphBuilder(EntityLexicon.Default).AddRange(
    [
        WithEvidence(Paper("2411.10440", "LLaVA-o1: Let Vision Language Models Reason Step-by-Step", "LLaVA-o1: 让视觉语言模型逐步推理",
                "我们提出了 LLaVA-o1，在 MMStar 上准确率达到 57.6%，超越 GPT-4o-mini。"),
            [Entity("LLaVA-o1", EntityType.Model, introduced: true), Entity("GPT-4o-mini", EntityType.Model),
             Entity("MMStar", EntityType.Benchmark), Entity("MathVista", EntityType.Benchmark), Entity("accuracy", EntityType.Metric),
             Entity("OpenAI", EntityType.Organization)],
            [Evaluated("LLaVA-o1", "MMStar", "accuracy", "57.6%", "LLaVA-o1 在 MMStar 上准确率达到 57.6%。"),
             Evaluated("GPT-4o-mini", "MMStar", "accuracy", "54.8%", "GPT-4o-mini 在 MMStar 上为 54.8%。"),
             Evaluated("LLaVA-o1", "MathVista", "accuracy", "54.8%", "在 MathVista 上达到 54.8%。"),
             new ExtractedRelation(RelationType.Outperforms, "LLaVA-o1", "GPT-4o-mini", "LLaVA-o1 超越了 GPT-4o-mini。"),
             new ExtractedRelation(RelationType.DevelopedBy, "GPT-4o-mini", "OpenAI", "OpenAI 的 GPT-4o-mini。")],
            ["Vision-Language Models", "Reasoning"], "Reasoning"),
        WithEvidence(Paper("2411.11111", "Qwen2-VL Reasoning at Scale", "大规模 Qwen2-VL 推理",
                "We evaluate Qwen2-VL-7B on MMStar and MathVista with chain-of-thought prompting."),
            [Entity("Qwen2-VL-7B", EntityType.Model), Entity("MMStar", EntityType.Benchmark), Entity("MathVista", EntityType.Benchmark),
             Entity("Chain-of-Thought", EntityType.Method)],
            [Evaluated("Qwen2-VL-7B", "MMStar", "accuracy", "60.7", "Qwen2-VL-7B reaches 60.7 on MMStar."),
             Evaluated("Qwen2-VL-7B", "MathVista", "accuracy", "58.2", "and 58.2 on MathVista."),
             new ExtractedRelation(RelationType.Uses, "Qwen2-VL-7B", "Chain-of-Thought", "with chain-of-thought prompting")],
            ["Reasoning"], "Reasoning"),
        WithEvidence(Paper("2411.22222", "Region-Aware Text-to-Image Generation", "区域感知文本到图像生成",
                "我们提出 RAG，在 T2I-CompBench 上 FID 为 21.3，优于 SDXL。"),
            [Entity("RAG", EntityType.Method, introduced: true), Entity("SDXL", EntityType.Model), Entity("T2I-CompBench", EntityType.Benchmark)],
            [Evaluated("RAG", "T2I-CompBench", "FID", "21.3", "在 T2I-CompBench 上 FID 为 21.3。"),
             Evaluated("SDXL", "T2I-CompBench", "FID", "24.0", "SDXL 为 24.0。")],
            ["Image Generation"], "Image Generation"),
    ]).Build();

    /// <summary>Clusters and centrality for <see cref="Leaderboards"/> as analysis would give them: two paper clusters, one entity community.</summary>
    public static ReportAnalysis LeaderboardsAnalysis() => new(
        [new ReportCluster("P0", true, "Visual reasoning · MMStar", 2, ["2411.10440", "2411.11111"],
             ["2411.10440"], ["llavao1", "qwen2vl7b"], ["mmstar"], ["chainofthought"]),
         new ReportCluster("P1", true, "Image generation · T2I-CompBench", 1, ["2411.22222"],
             ["2411.22222"], ["sdxl"], ["t2icompbench"], ["rag"]),
         new ReportCluster("E0", false, "RAG · SDXL", 3, ["rag", "sdxl", "t2icompbench"], ["2411.22222"], ["sdxl"], ["t2icompbench"], ["rag"])],
        new Dictionary<string, NodeCentrality> { ["rag"] = new(0.3, 0.1, "E0"), ["mmstar"] = new(0.2, 0.5, "E1") },
        new Dictionary<string, NodeCentrality> { ["2411.22222"] = new(0.4, 0, "P1") });

    /// <summary>Hostile digest text: markup in a title, a translated title, an abstract, an entity name and evidence.</summary>
    public static KnowledgeGraph Hostile() => new GraphBuilder(EntityLexicon.Default).AddRange(
    [
        new PaperExtraction(
            Paper("2411.66666", "<script>alert(1)</script>", "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','1')\">",
                "An abstract with </script><script>document.documentElement.setAttribute('data-pwned','2')</script> inside & more."),
            [Entity("<b>Bold</b>Net", EntityType.Model, introduced: true), Entity("Bench<i>", EntityType.Benchmark)],
            [Evaluated("<b>Bold</b>Net", "Bench<i>", "acc", "1 < 2", "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','3')\">")],
            ["<svg onload=alert(1)>"], "<svg onload=alert(1)>"),
    ]).Build();
}
