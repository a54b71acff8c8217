using DigestGraph.Progress;

namespace DigestGraph.Tests.Progress;

public sealed class ProgressTrackingTests
{
    private sealed class Recorder : IProgress<StageProgress>
    {
        public List<StageProgress> Reports { get; } = [];
        public void Report(StageProgress value) => Reports.Add(value);
    }

    [Fact]
    public void Tracking_reports_each_item_after_it_is_processed_and_the_stage_as_finished()
    {
        var recorder = new Recorder();
        var seen = new List<int>();

        foreach (var item in new[] { 10, 20, 30 }.Track(recorder, "parse"))
        {
            seen.Add(item);
            Assert.Equal(seen.Count - 1, recorder.Reports[^1].Done);
        }

        Assert.Equal([10, 20, 30], seen);
        Assert.Equal(
            [new("parse", 0, 3), new("parse", 1, 3), new("parse", 2, 3), new("parse", 3, 3), StageProgress.Finished("parse", 3)],
            recorder.Reports);
    }

    [Fact]
    public void A_sequence_of_unknown_length_reports_no_total_until_it_ends()
    {
        var recorder = new Recorder();

        var count = Enumerable.Range(0, 5).Where(i => i % 2 == 0).Track(recorder, "extract").Count();

        Assert.Equal(3, count);
        Assert.All(recorder.Reports[..^1], r => Assert.Null(r.Total));
        Assert.Equal(StageProgress.Finished("extract", 3), recorder.Reports[^1]);
    }

    [Fact]
    public void A_stages_own_progress_type_maps_onto_stage_progress_in_order()
    {
        var recorder = new Recorder();
        var batches = recorder.Map<(int Done, int Total)>(b => new StageProgress("neo4j", b.Done, b.Total, b.Done == b.Total));

        batches.Report((2, 5));
        batches.Report((5, 5));

        Assert.Equal([new("neo4j", 2, 5), new("neo4j", 5, 5, Completed: true)], recorder.Reports);
    }
}
