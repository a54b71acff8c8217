using DigestGraph.Extract;

namespace DigestGraph.Tests.Extract;

/// <summary>Each of the six relation patterns on entries written for the test, with the evidence sentence kept.</summary>
public class RelationPatternTests
{
    [Fact]
    public void Outperforms_from_chinese_cue_and_from_a_comparison()
    {
        var x = ExtractorHarness.Extract("Kestrel: Routing", "Kestrel 超越了 GPT-4o 和 Claude 3.5 Sonnet。在吞吐量上，Kestrel 比 FlashAttention2 快 2 倍。");
        Assert.True(x.Has(RelationType.Outperforms, "Kestrel", "GPT-4o"), x.Describe());
        Assert.True(x.Has(RelationType.Outperforms, "Kestrel", "Claude 3.5 Sonnet"), x.Describe());
        Assert.True(x.Has(RelationType.Outperforms, "Kestrel", "FlashAttention2"), x.Describe());
        Assert.Contains(x.Relations, r => r.Type == RelationType.Outperforms && r.Evidence.Contains("超越"));
    }

    [Fact]
    public void Outperforms_in_english_and_reversed_by_worse_than()
    {
        var x = ExtractorHarness.Extract("Heron: Sparse Routing", "Heron outperforms Mixtral on all tasks. DeepSpeed is worse than Heron in memory.");
        Assert.True(x.Has(RelationType.Outperforms, "Heron", "Mixtral"), x.Describe());
        Assert.True(x.Has(RelationType.Outperforms, "Heron", "DeepSpeed"), x.Describe());
        Assert.False(x.Has(RelationType.Outperforms, "DeepSpeed", "Heron"));
    }

    [Fact]
    public void Evaluated_on_carries_metric_and_value()
    {
        var x = ExtractorHarness.Extract("Kestrel: Routing", "我们的模型 Kestrel-8B 在 MMLU 上达到了 71.3 的准确率。");
        var r = Assert.Single(x.Relations, r => r.Type == RelationType.EvaluatedOn);
        Assert.Equal(("Kestrel-8B", "MMLU", "accuracy"), (r.Source, r.Target, r.Metric));
        Assert.Equal(71.3, double.Parse(r.Value!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Evaluated_on_pairs_values_per_benchmark_and_respectively()
    {
        var x = ExtractorHarness.Extract("ArenaX: A Benchmark for Agents",
            "我们提出了 ArenaX 基准。结果显示，GPT-4o 和 Qwen2.5-72B-Instruct 分别获得了 1402 和 1187 的 Elo 评分。");
        var values = x.Relations.Where(r => r.Type == RelationType.EvaluatedOn).ToDictionary(r => r.Source, r => r.Value);
        Assert.Equal("1402", values["GPT-4o"]);
        Assert.Equal("1187", values["Qwen2.5-72B-Instruct"]);
    }

    [Fact]
    public void Based_on_from_cue_from_derivation_and_from_architecture()
    {
        var x = ExtractorHarness.Extract("LexLM-13B: A Legal Model", "LexLM-13B 基于 Llama 2 架构构建。我们还从 Qwen2.5-7B 中蒸馏得到了 LexLM-Mini。");
        Assert.True(x.Has(RelationType.BasedOn, "LexLM-13B", "Llama 2"), x.Describe());
        Assert.True(x.Has(RelationType.BasedOn, "LexLM-Mini", "Qwen2.5-7B"), x.Describe());
    }

    [Fact]
    public void Trained_on_from_a_training_sentence_and_from_the_papers_own_dataset()
    {
        var x = ExtractorHarness.Extract("Kestrel: Routing", "Kestrel 在我们构建的 RouteMix 数据集上训练。我们还在 C4 上预训练了 Heron-1B 模型。");
        Assert.True(x.Has(RelationType.TrainedOn, "Kestrel", "RouteMix"), x.Describe());
        Assert.True(x.Has(RelationType.TrainedOn, "Heron-1B", "C4"), x.Describe());
    }

    [Fact]
    public void Developed_by_from_owner_prefix_and_title()
    {
        var x = ExtractorHarness.Extract("Nova: Open Models by Alibaba", "Google 的 Gemini 与 OpenAI o3 相比，Nova 更快。");
        Assert.True(x.Has(RelationType.DevelopedBy, "Gemini", "Google"), x.Describe());
        Assert.True(x.Has(RelationType.DevelopedBy, "o3", "OpenAI"), x.Describe());
        Assert.True(x.Has(RelationType.DevelopedBy, "Nova", "Alibaba"), x.Describe());
    }

    [Fact]
    public void Uses_lists_the_methods_the_papers_system_combines_but_not_negated_ones()
    {
        var x = ExtractorHarness.Extract("Kestrel: Routing", "Kestrel 结合了 LoRA、RoPE 和 DPO。该架构不使用 MLP 模块。");
        Assert.True(x.Has(RelationType.Uses, "Kestrel", "LoRA"), x.Describe());
        Assert.True(x.Has(RelationType.Uses, "Kestrel", "RoPE"), x.Describe());
        Assert.True(x.Has(RelationType.Uses, "Kestrel", "DPO"), x.Describe());
        Assert.False(x.Has(RelationType.Uses, "Kestrel", "MLP"));
    }

    [Fact]
    public void Every_relation_has_the_sentence_it_came_from()
    {
        var x = ExtractorHarness.Extract("Kestrel: Routing", "Kestrel 超越了 GPT-4o。Kestrel 基于 Llama 3.1 8B。");
        Assert.NotEmpty(x.Relations);
        Assert.All(x.Relations, r => Assert.False(string.IsNullOrWhiteSpace(r.Evidence)));
    }
}
