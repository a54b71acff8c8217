using DigestGraph.Ingest;

namespace DigestGraph.Tests.Ingest;

public sealed class CodeLinkFinderTests
{
    [Theory]
    [InlineData("代码见 https://github.com/a/b。", "https://github.com/a/b")]
    [InlineData("Code: https://github.com/a/b.", "https://github.com/a/b")]
    [InlineData("(see https://a.github.io/x/), and more", "https://a.github.io/x/")]
    [InlineData(@"\url{https://github.com/a/b}", "https://github.com/a/b")]
    [InlineData("[code](https://github.com/a/b)", "https://github.com/a/b")]
    [InlineData("“https://github.com/a/b”", "https://github.com/a/b")]
    [InlineData("https://huggingface.co/org/model；以及", "https://huggingface.co/org/model")]
    public void Finds_link_without_surrounding_punctuation(string text, string link)
    {
        Assert.Equal([link], CodeLinkFinder.Find(text));
    }

    [Fact]
    public void Ignores_arxiv_links_and_repeats()
    {
        var links = CodeLinkFinder.Find("See https://arxiv.org/abs/2401.00001 and https://github.com/a/b, again https://github.com/a/b.");

        Assert.Equal(["https://github.com/a/b"], links);
    }
}
