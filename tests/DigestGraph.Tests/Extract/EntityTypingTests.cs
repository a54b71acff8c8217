using DigestGraph.Extract;

namespace DigestGraph.Tests.Extract;

/// <summary>Types from the words around a name, from its shape and from the lexicon.</summary>
public class EntityTypingTests
{
    private static EntityType TypeOf(string abstractText, string name, string title = "A Study") =>
        ExtractorHarness.Extract(title, abstractText).Entity(name).Type;

    [Theory]
    [InlineData("我们构建了 Kestrel-Set 数据集。", "Kestrel-Set", EntityType.Dataset)]
    [InlineData("我们在 Kestrel 基准上评估。", "Kestrel", EntityType.Benchmark)]
    [InlineData("我们提出了 Kestrel 框架。", "Kestrel", EntityType.Method)]
    [InlineData("我们训练了 Kestrel 模型。", "Kestrel", EntityType.Model)]
    [InlineData("We release Kestrel, a dataset of 2M dialogues.", "Kestrel", EntityType.Dataset)]
    [InlineData("We propose Kestrel, a framework that routes tokens.", "Kestrel", EntityType.Method)]
    [InlineData("我们提出了 Kestrel，一种新型视觉语言模型，用于推理。", "Kestrel", EntityType.Model)]
    [InlineData("我们构建了一个大规模语料库，即 Kestrel。", "Kestrel", EntityType.Dataset)]
    public void Type_follows_the_texts_own_noun(string text, string name, EntityType expected)
    {
        Assert.Equal(expected, TypeOf(text, name));
    }

    [Theory]
    [InlineData("我们发布了 Falcon-Bench。", "Falcon-Bench", EntityType.Benchmark)]
    [InlineData("我们发布了 Kestrel-100k。", "Kestrel-100k", EntityType.Dataset)]
    [InlineData("我们发布了 Kestrel-7B。", "Kestrel-7B", EntityType.Model)]
    public void Name_shape_gives_the_type_when_no_noun_does(string text, string name, EntityType expected)
    {
        Assert.Equal(expected, TypeOf(text, name));
    }

    [Fact]
    public void Known_entities_take_the_lexicon_type_and_chinese_terms_their_english_name()
    {
        var x = ExtractorHarness.Extract("A Study", "我们在联发科的芯片上结合思维链与蒙特卡洛树搜索，并报告准确率。");
        Assert.Equal(EntityType.Organization, x.Entity("MediaTek").Type);
        Assert.Equal(EntityType.Method, x.Entity("Chain-of-Thought").Type);
        Assert.Equal(EntityType.Method, x.Entity("MCTS").Type);
        Assert.Equal(EntityType.Metric, x.Entity("accuracy").Type);
    }

    [Fact]
    public void Names_listed_in_brackets_after_a_noun_share_its_type()
    {
        var x = ExtractorHarness.Extract("A Study", "我们在多个医学基准（CardioQA、DermBench 和 Oncology Exams）上进行了实验。");
        Assert.All(new[] { "CardioQA", "DermBench", "Oncology Exams" }, n => Assert.Equal(EntityType.Benchmark, x.Entity(n).Type));
    }

    [Fact]
    public void A_name_a_result_is_reported_on_is_a_benchmark()
    {
        Assert.Equal(EntityType.Benchmark, TypeOf("我们的模型在 Pose3K（姿态）上提升了 5.1 mAP。", "Pose3K"));
    }
}
