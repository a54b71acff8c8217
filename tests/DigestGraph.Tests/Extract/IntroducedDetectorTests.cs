namespace DigestGraph.Tests.Extract;

/// <summary>What the paper itself creates is flagged introduced; what it only uses is not.</summary>
public class IntroducedDetectorTests
{
    [Fact]
    public void Title_name_and_names_after_we_propose_are_introduced()
    {
        var x = ExtractorHarness.Extract("Kestrel: Fast Routing for Sparse Models",
            "我们提出了 Kestrel，一种路由框架，并构建了 RouteSet 数据集。Kestrel 优于 GPT-4o。");
        Assert.True(x.Entity("Kestrel").Introduced);
        Assert.True(x.Entity("RouteSet").Introduced);
        Assert.False(x.Entity("GPT-4o").Introduced);
    }

    [Fact]
    public void English_we_introduce_and_named_lists_are_introduced()
    {
        var x = ExtractorHarness.Extract("A Study of Routing",
            "We introduce Osprey and Heron, two routing models. Our best model, which we name Falconet, beats LLaMA.");
        Assert.True(x.Entity("Osprey").Introduced);
        Assert.True(x.Entity("Heron").Introduced);
        Assert.True(x.Entity("Falconet").Introduced);
        Assert.False(x.Entity("LLaMA").Introduced);
    }

    [Fact]
    public void Names_built_on_an_introduced_name_are_introduced_too()
    {
        var x = ExtractorHarness.Extract("Kestrel: Fast Routing", "Kestrel-7B 和 Kestrel-DB 均已开源，并与 Qwen2.5-7B 对比。");
        Assert.True(x.Entity("Kestrel-7B").Introduced);
        Assert.True(x.Entity("Kestrel-DB").Introduced);
        Assert.False(x.Entity("Qwen2.5-7B").Introduced);
    }

    [Fact]
    public void A_well_known_entity_mentioned_in_an_introducing_sentence_is_not_introduced()
    {
        var x = ExtractorHarness.Extract("A Study", "我们提出了一种基于思维链 (CoT) 的新方法，并在 GSM8K 上评估。");
        Assert.False(x.Entity("Chain-of-Thought").Introduced);
        Assert.False(x.Entity("GSM8K").Introduced);
    }

    [Fact]
    public void Members_listed_after_an_introduced_name_and_siblings_of_its_naming_scheme_are_introduced()
    {
        var x = ExtractorHarness.Extract("Orion-01: Scaling Models",
            "我们介绍了 Orion-01 系列，包括 Orion-Text-01 和 Orion-Vision-01。我们训练了 JPEG-Net，并作为验证训练了 AVC-Net。");
        Assert.True(x.Entity("Orion-Text-01").Introduced);
        Assert.True(x.Entity("Orion-Vision-01").Introduced);
    }

    [Fact]
    public void A_short_name_coined_in_brackets_and_a_resource_named_after_its_noun_are_introduced()
    {
        var x = ExtractorHarness.Extract("A Study", "我们将任务分解为全局规划（粗规划）和局部修正（细修正）。我们还构建了大规模偏好数据集 PrefMix。");
        Assert.True(x.Entity("粗规划").Introduced);
        Assert.True(x.Entity("细修正").Introduced);
        Assert.True(x.Entity("PrefMix").Introduced);
    }

    [Fact]
    public void A_well_known_method_the_paper_names_as_its_own_is_introduced()
    {
        var x = ExtractorHarness.Extract("Prompting Elicits Reasoning", "We propose a simple method called chain-of-thought prompting, which elicits reasoning.");
        Assert.True(x.Entity("Chain-of-Thought").Introduced);
    }
}
