using DigestGraph.Extract.Candidates;
using DigestGraph.Extract.Lexicon;

namespace DigestGraph.Tests.Extract;

public class ChineseNameFinderTests
{
    private static readonly ChineseNameFinder Finder = new(ExtractionKnowledge.Default);

    private static string[] Names(string text) => Finder.Find(text).Select(m => m.Name).ToArray();

    [Fact]
    public void Term_after_a_naming_word_is_a_name()
    {
        Assert.Equal(["层级检索"], Names("我们提出了一种简单而有效的算法，名为层级检索，用于长文档。"));
    }

    [Fact]
    public void A_term_running_on_into_a_description_is_not_a_name()
    {
        Assert.Empty(Names("一种名为深度驱动的解耦实例合成方法"));
    }

    [Fact]
    public void Quoted_term_after_we_introduce_and_bracketed_naming_terms()
    {
        Assert.Contains("结构化提示", Names("我们引入了“结构化提示”，它通过语言描述任务。"));
        Assert.Equal(["软对齐"], Names("消除边界的整体细节优化（软对齐）。"));
    }

    [Fact]
    public void Known_chinese_terms_take_their_english_name()
    {
        var m = Assert.Single(Finder.Find("该方法称为蒙特卡洛树搜索，常用于规划。"));
        Assert.Equal("MCTS", m.Name);
        Assert.Contains("蒙特卡洛树搜索", m.Aliases);
    }

    [Theory]
    [InlineData("在线几何课程（例如在线几何课程）")]
    [InlineData("原始像素值（过于冗长）")]
    [InlineData("模型架构（交叉注意力或自注意力）")]
    public void Examples_clauses_and_phrases_in_brackets_are_not_names(string text)
    {
        Assert.Empty(Names(text));
    }
}
