using DigestGraph.Export.Report;
using DigestGraph.Extract;

namespace DigestGraph.Tests.Report;

public sealed class LeaderboardBuilderTests
{
    [Fact]
    public void Every_EVALUATED_ON_relation_is_a_row_on_its_benchmarks_board_best_result_first()
    {
        var graph = ReportFixtures.Leaderboards();

        var boards = LeaderboardBuilder.Build(graph);

        Assert.Equal(graph.Relations.Count(r => r.Type == RelationType.EvaluatedOn), boards.Sum(b => b.Rows.Count));
        Assert.Equal(["MMStar", "MathVista", "T2I-CompBench"], boards.Select(b => b.Name));
        Assert.Equal(["60.7", "57.6%", "54.8%"], boards[0].Rows.Select(r => r.Value));
        Assert.Equal(["qwen2vl7b", "llavao1", "gpt4omini"], boards[0].Rows.Select(r => r.Model));
        Assert.Equal("Qwen2-VL-7B reaches 60.7 on MMStar.", boards[0].Rows[0].Evidence);
        Assert.Equal("2411.11111", boards[0].Rows[0].Paper);
    }

    [Fact]
    public void Lower_is_better_metrics_rank_the_smallest_value_first()
    {
        var board = LeaderboardBuilder.Build(ReportFixtures.Leaderboards()).Single(b => b.Name == "T2I-CompBench");

        Assert.Equal(["21.3", "24.0"], board.Rows.Select(r => r.Value));
    }

    [Theory]
    [InlineData("85.3%", 85.3)]
    [InlineData("+8.9 points", 8.9)]
    [InlineData("达到 57.6", 57.6)]
    [InlineData("n/a", null)]
    [InlineData(null, null)]
    public void A_reported_value_ranks_by_its_first_number(string? value, double? expected) =>
        Assert.Equal(expected, LeaderboardBuilder.NumericValue(value));

    [Theory]
    [InlineData("FID", true)]
    [InlineData("Perplexity", true)]
    [InlineData("word error rate", true)]
    [InlineData("错误率", true)]
    [InlineData("accuracy", false)]
    [InlineData(null, false)]
    public void Metric_direction_comes_from_the_metric_list(string? metric, bool lowerIsBetter) =>
        Assert.Equal(lowerIsBetter, MetricDirection.LowerIsBetter(metric));
}
