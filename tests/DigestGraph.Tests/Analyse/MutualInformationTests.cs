using DigestGraph.Analyse;

namespace DigestGraph.Tests.Analyse;

public sealed class MutualInformationTests
{
    [Fact]
    public void IdenticalLabellingsUnderAnyNamesScoreOne()
    {
        Assert.Equal(1.0, MutualInformation.Normalized(new[] { 0, 0, 1, 1, 2 }, new[] { "b", "b", "a", "a", "c" }), 12);
    }

    [Fact]
    public void IndependentLabellingsScoreZero()
    {
        Assert.Equal(0.0, MutualInformation.Normalized(new[] { 0, 0, 1, 1 }, new[] { 0, 1, 0, 1 }), 12);
    }

    [Theory]
    // Values from the definition with arithmetic-mean normalisation (scikit-learn's normalized_mutual_info_score default).
    [InlineData(new[] { 0, 0, 0, 1, 1, 1 }, new[] { 0, 0, 1, 1, 2, 2 }, 0.5158037429793888)]
    [InlineData(new[] { 0, 0, 1, 1, 2, 2, 3, 3 }, new[] { 1, 1, 1, 2, 2, 3, 3, 3 }, 0.5960096838099742)]
    public void PartialAgreementMatchesTheArithmeticMeanDefinition(int[] a, int[] b, double expected)
    {
        Assert.Equal(expected, MutualInformation.Normalized(a, b), 12);
    }

    [Fact]
    public void DifferentLengthsAreRejected()
    {
        Assert.Throws<ArgumentException>(() => MutualInformation.Normalized(new[] { 0, 1 }, new[] { 0 }));
    }
}
