using DigestGraph.Extract.Learning;

namespace DigestGraph.Tests.Extract.Learning;

public class CrossValidationTests
{
    [Fact]
    public void Folds_deal_every_paper_into_one_fold_of_near_equal_size_the_same_way_each_time()
    {
        var folds = CrossValidation.Folds(167, 5, seed: 7);

        Assert.Equal(folds, CrossValidation.Folds(167, 5, seed: 7));
        Assert.All(folds.CountBy(f => f), g => Assert.InRange(g.Value, 33, 34));
        Assert.NotEqual(folds, CrossValidation.Folds(167, 5, seed: 8));
    }
}
