using DigestGraph.Extract;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Topics;

namespace DigestGraph.Tests.Extract.Topics;

/// <summary>The rule classifier, kept as the learned model's baseline (and its features' ground).</summary>
public class TopicClassifierTests
{
    private static readonly RuleBasedExtractor Rules = new(ExtractionKnowledge.Default, Taxonomy.Default);

    private static PaperExtraction Extract(string title, string abstractText, string? translatedTitle = null) =>
        Rules.Extract(ExtractorHarness.Paper(title, abstractText, translatedTitle));

    [Fact]
    public void Topics_come_from_cue_terms_with_the_title_weighing_most()
    {
        var x = Extract("MedSeg: Medical Image Segmentation with Diffusion Models",
            "我们提出了 MedSeg，一种基于扩散模型的医学影像分割方法，在多个临床数据集上评估。", "MedSeg：基于扩散模型的医学图像分割");
        Assert.Equal("Medical & Biomedical AI", x.PrimaryTopic);
        Assert.Contains("Diffusion Models", x.Topics);
        Assert.InRange(x.Topics.Count, 1, 4);
    }

    [Fact]
    public void Nested_cues_count_for_the_longer_topic_only()
    {
        var x = Extract("Seeing Better", "多模态大语言模型在视觉问答中表现不佳。我们提出了新的视觉语言模型训练方法。");
        Assert.Equal("Vision-Language Models", x.PrimaryTopic);
        Assert.DoesNotContain("Large Language Models", x.Topics);
    }

    [Fact]
    public void A_paper_whose_own_resource_is_a_benchmark_is_primarily_about_evaluation()
    {
        var x = Extract("CodeArena: Benchmarking Code Generation of LLMs",
            "我们提出了 CodeArena，一个代码生成基准测试，用于评估大语言模型的编程能力。");
        Assert.Equal("Benchmarks & Evaluation", x.PrimaryTopic);
        Assert.Contains("Code Generation", x.Topics);
    }

    [Fact]
    public void No_cue_gives_no_topic()
    {
        var x = Extract("Untitled", "这是一段与机器学习无关的文字。");
        Assert.Empty(x.Topics);
        Assert.Null(x.PrimaryTopic);
    }
}
