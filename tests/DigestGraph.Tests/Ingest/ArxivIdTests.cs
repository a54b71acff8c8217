using DigestGraph.Ingest;

namespace DigestGraph.Tests.Ingest;

public sealed class ArxivIdTests
{
    [Theory]
    [InlineData("https://arxiv.org/abs/2411.10440", "2411.10440")]
    [InlineData("https://arxiv.org/abs/2411.10440v3", "2411.10440")]
    [InlineData("http://arxiv.org/pdf/2411.10440v2.pdf", "2411.10440")]
    [InlineData("https://arxiv.org/pdf/2411.10440", "2411.10440")]
    [InlineData("https://www.arxiv.org/abs/0704.0001", "0704.0001")]
    [InlineData("https://export.arxiv.org/abs/hep-th/9901001v1", "hep-th/9901001")]
    [InlineData("https://arxiv.org/abs/math.GT/0309136", "math.GT/0309136")]
    [InlineData(" https://arxiv.org/abs/2411.10440?context=cs ", "2411.10440")]
    public void Reads_id_from_abs_and_pdf_links_without_version(string url, string id)
    {
        Assert.True(ArxivId.TryParseUrl(url, out var parsed));
        Assert.Equal(id, parsed);
    }

    [Theory]
    [InlineData("https://arxiv.org/list/cs.CL/recent")]
    [InlineData("https://example.org/abs/2411.10440")]
    [InlineData("https://notarxiv.org.evil.com/abs/2411.10440")]
    [InlineData("https://arxiv.org/abs/24111.0440")]
    public void Rejects_other_links(string url)
    {
        Assert.False(ArxivId.TryParseUrl(url, out _));
    }
}
