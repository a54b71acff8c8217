using DigestGraph.Progress;

namespace DigestGraph.Cli.Progress;

/// <summary>Times each stage from the reports it sends, in the order stages first reported. Thread-safe.</summary>
public sealed class StageClock(TimeProvider time)
{
    private sealed record Entry(long Started, long Last, StageProgress Progress);

    private readonly Dictionary<string, Entry> _stages = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly Lock _lock = new();
    private readonly long _created = time.GetTimestamp();

    /// <summary>Wall time since the clock was created: the run's total, as stages may overlap.</summary>
    public TimeSpan Elapsed => time.GetElapsedTime(_created);

    /// <summary>Records a report; returns the stage's timing so far and whether this was its first report.</summary>
    public (StageTiming Timing, bool First) Record(StageProgress progress)
    {
        var now = time.GetTimestamp();
        lock (_lock)
        {
            var first = !_stages.TryGetValue(progress.Stage, out var entry);
            if (first) _order.Add(progress.Stage);
            // A finished stage keeps its end time when late reports arrive.
            entry = entry is { Progress.Completed: true }
                ? entry
                : new Entry(entry?.Started ?? now, now, progress);
            _stages[progress.Stage] = entry;
            return (ToTiming(progress.Stage, entry), first);
        }
    }

    public IReadOnlyList<StageTiming> Timings()
    {
        lock (_lock) return _order.Select(s => ToTiming(s, _stages[s])).ToArray();
    }

    private StageTiming ToTiming(string stage, Entry e) =>
        new(stage, e.Progress.Done, e.Progress.Total, time.GetElapsedTime(e.Started, e.Last), e.Progress.Completed)
        {
            Unit = e.Progress.Unit,
            Note = e.Progress.Note,
        };
}
