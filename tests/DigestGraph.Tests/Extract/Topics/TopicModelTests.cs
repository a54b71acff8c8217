using DigestGraph.Extract;
using DigestGraph.Extract.Learning;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Pipeline;
using DigestGraph.Extract.Topics;

namespace DigestGraph.Tests.Extract.Topics;

/// <summary>The shipped topic model as the topic stage's component.</summary>
public class TopicModelTests
{
    private static readonly IExtractor Learned = new ExtractionPipelineBuilder()
        .UseRules(ExtractionKnowledge.Default, Taxonomy.Default).UseTopics(ExtractionModel.Shipped.Topics).Build();

    private static PaperExtraction Extract(string title, string abstractText, string? translatedTitle = null) =>
        Learned.Extract(ExtractorHarness.Paper(title, abstractText, translatedTitle));

    [Fact]
    public void A_speech_synthesis_paper_is_primarily_about_speech()
    {
        var x = Extract("VoxFlow: Fast Text-to-Speech Synthesis with Flow Matching",
            "We present VoxFlow, a text-to-speech model that synthesizes natural speech from text and a short voice prompt. " +
            "On LibriSpeech it lowers the word error rate of zero-shot speech synthesis and speaks with higher speaker similarity.");

        Assert.Equal("Speech & Audio", x.PrimaryTopic);
    }

    [Fact]
    public void A_chinese_digest_of_a_medical_segmentation_paper_is_primarily_medical()
    {
        var x = Extract("MedSeg: Medical Image Segmentation with Diffusion Models",
            "我们提出了 MedSeg，一种基于扩散模型的医学影像分割方法，在多个临床数据集上评估。", "MedSeg：基于扩散模型的医学图像分割");

        Assert.Equal("Medical & Biomedical AI", x.PrimaryTopic);
    }

    [Fact]
    public void A_paper_introducing_a_code_benchmark_is_about_evaluation_and_code()
    {
        var x = Extract("CodeArena: Benchmarking Code Generation of LLMs",
            "我们提出了 CodeArena，一个代码生成基准测试，用于评估大语言模型的编程能力。");

        Assert.Contains("Benchmarks & Evaluation", x.Topics);
        Assert.Contains("Code Generation", x.Topics);
    }

    [Fact]
    public void Every_paper_gets_one_to_four_topics_the_primary_first_then_the_others_in_taxonomy_order()
    {
        var order = Taxonomy.Default.Topics.Select((t, i) => (t.Name, i)).ToDictionary(x => x.Name, x => x.i);
        var corpus = AnnotatedCorpus.Load([RepoPaths.Gold, RepoPaths.Dev], [RepoPaths.Seeds, RepoPaths.Dev]);
        var nothing = Extract("Untitled", "这是一段与机器学习无关的文字。");

        foreach (var x in corpus.Select(p => Learned.Extract(p.Paper)).Append(nothing))
        {
            Assert.InRange(x.Topics.Count, 1, TopicModel.MaxTopics);
            Assert.Equal(x.PrimaryTopic, x.Topics[0]);
            Assert.Equal(x.Topics.Skip(1).OrderBy(t => order[t]), x.Topics.Skip(1));
            Assert.Equal(x.Topics.Count, x.Topics.Distinct().Count());
        }
    }
}
