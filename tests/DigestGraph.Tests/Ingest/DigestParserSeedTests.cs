using DigestGraph.Ingest;

namespace DigestGraph.Tests.Ingest;

public sealed class DigestParserSeedTests
{
    private static IngestResult ParseSeed(string prefix)
    {
        var file = RepoPaths.Seed(prefix);
        return new DigestParser().Parse(File.ReadAllText(file), file);
    }

    private static Paper PaperById(string prefix, string id) => ParseSeed(prefix).Papers.Single(p => p.Id == id);

    /// <summary>The lines of a seed file, 1-based, for checking text against the file itself.</summary>
    private static string Lines(string prefix, int from, int to) =>
        string.Join("\n", File.ReadAllLines(RepoPaths.Seed(prefix))[(from - 1)..to]);

    [Theory]
    [InlineData("000", 10)]
    [InlineData("001", 14)]
    [InlineData("002", 12)]
    [InlineData("003", 24)]
    [InlineData("004", 18)]
    public void Every_entry_of_each_seed_becomes_a_paper_with_no_problems(string prefix, int expected)
    {
        var result = ParseSeed(prefix);

        Assert.Equal(expected, result.Papers.Count);
        Assert.Empty(result.Problems);
        Assert.Equal(expected, result.Papers.Select(p => p.Id).Distinct().Count());
        Assert.All(result.Papers, p => Assert.False(string.IsNullOrWhiteSpace(p.Abstract)));
    }

    [Fact]
    public void Level_two_heading_entry_has_id_titles_url_and_heading_line()
    {
        var paper = ParseSeed("000").Papers[0];

        Assert.Equal("2411.10440", paper.Id);
        Assert.Equal("LLaVA-o1: Let Vision Language Models Reason Step-by-Step", paper.Title);
        Assert.Equal("LLaVA-o1: 让视觉语言模型逐步推理", paper.TranslatedTitle);
        Assert.Equal("https://arxiv.org/abs/2411.10440", paper.Url);
        Assert.Equal(1, paper.Source.Line);
        Assert.EndsWith("000_65992f161b882407.txt", paper.Source.File);
        Assert.Equal(Lines("000", 4, 4), paper.Abstract);
    }

    [Fact]
    public void Level_one_heading_entries_follow_each_other_without_blank_lines()
    {
        var papers = ParseSeed("004").Papers;

        Assert.Equal("VisionLLaMA: A Unified LLaMA Interface for Vision Tasks", papers[0].Title);
        Assert.Equal("2403.00522", papers[0].Id);
        Assert.Equal(Lines("004", 4, 4), papers[0].Abstract);
        Assert.Equal("Learning and Leveraging World Models in Visual Representation Learning", papers[1].Title);
        Assert.Equal(5, papers[1].Source.Line);
        Assert.Equal("学习与利用视觉表示学习中的世界模型", papers[1].TranslatedTitle);
    }

    [Fact]
    public void Entry_after_a_leading_blank_line_reports_its_own_heading_line()
    {
        var paper = ParseSeed("002").Papers[0];

        Assert.Equal("2408.08872", paper.Id);
        Assert.Equal(2, paper.Source.Line);
        Assert.Equal("xGen-MM (BLIP-3): A Family of Open Large Multimodal Models", paper.Title);
    }

    [Fact]
    public void Multi_paragraph_abstract_keeps_paragraphs_separated_by_a_blank_line()
    {
        var paper = PaperById("000", "2411.10323");

        Assert.Equal(Lines("000", 14, 17), paper.Abstract);
        Assert.Equal(2, paper.Abstract.Split("\n\n").Length);
        Assert.Equal(["https://github.com/showlab/computer_use_ootb"], paper.CodeLinks);
    }

    [Fact]
    public void Second_multi_paragraph_abstract_is_intact()
    {
        var paper = PaperById("003", "2501.08365");

        Assert.Equal(Lines("003", 110, 112), paper.Abstract);
        Assert.Contains("\n\n", paper.Abstract);
    }

    [Fact]
    public void Abstract_spread_over_many_lines_keeps_every_line()
    {
        var paper = PaperById("003", "2501.08313");

        Assert.Equal(Lines("003", 70, 79), paper.Abstract);
        Assert.Equal(["https://github.com/MiniMax-AI"], paper.CodeLinks);
    }

    [Fact]
    public void LaTeX_in_titles_and_abstracts_stays_verbatim()
    {
        var transformer2 = PaperById("003", "2501.06252");
        var critic = PaperById("003", "2501.05727");

        Assert.Equal(@"$\text{Transformer}^2$: Self-adaptive LLMs", transformer2.Title);
        Assert.Equal(@"$\text{Transformer}^2$: 自适应大语言模型", transformer2.TranslatedTitle);
        Assert.Contains(@"\implname", transformer2.Abstract);
        Assert.Contains(@"10.3\%", critic.Abstract);
    }

    [Fact]
    public void Indented_abstract_line_is_read_as_text_not_dropped()
    {
        var paper = PaperById("002", "2408.12599");

        Assert.StartsWith("在自然语言处理 (NLP) 领", paper.Abstract);
        Assert.Contains("\n本文系统地回顾了 LLMs 中 CTG 的最新进展", paper.Abstract);
    }

    [Theory]
    [InlineData("001", "2501.01423", "https://github.com/hustvl/LightningDiT")]
    [InlineData("003", "2501.05131", "https://limuloo.github.io/3DIS/")]
    [InlineData("003", "2501.06173", "https://videoauteur.github.io/")]
    [InlineData("002", "2408.11318", "https://github.com/twelvelabs-io/video-embeddings-evaluation-framework")]
    [InlineData("001", "2501.00958", "https://github.com/DAMO-NLP-SG/multimodal_textbook")]
    [InlineData("004", "2403.04132", "https://chat.lmsys.org")]
    public void Code_and_project_links_are_found_without_trailing_punctuation(string prefix, string id, string link)
    {
        Assert.Equal([link], PaperById(prefix, id).CodeLinks);
    }

    [Fact]
    public void Untranslated_link_text_is_not_reported_as_a_translation()
    {
        var paper = PaperById("000", "2411.14405");

        Assert.Equal("Marco-o1: Towards Open Reasoning Models for Open-Ended Solutions", paper.Title);
        Assert.Null(paper.TranslatedTitle);
    }

    [Fact]
    public void Papers_without_code_links_have_none()
    {
        Assert.Empty(PaperById("000", "2411.10440").CodeLinks);
    }
}
