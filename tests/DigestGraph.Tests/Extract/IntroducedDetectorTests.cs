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
}
