using System.Collections.Concurrent;
using System.Diagnostics;
using DigestGraph.Progress;

namespace DigestGraph.Benchmarks;

/// <summary>Shows the pipeline's stage progress as lines and notes the wall and processor time at which each stage finished.</summary>
internal sealed class PipelineStageClock : IProgress<StageProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TimeSpan _cpuAtStart = ProcessorTime();
    private readonly ConcurrentDictionary<string, ProgressLine> _lines = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (TimeSpan Wall, TimeSpan Cpu)> _finished = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TimeSpan> _started = new(StringComparer.Ordinal);

    public void Report(StageProgress value)
    {
        _started.TryAdd(value.Stage, _clock.Elapsed);
        // The reader counts bytes of input, the later stages entries.
        var line = _lines.GetOrAdd(value.Stage, stage => new ProgressLine(stage, value.Total, value.Unit == ProgressUnit.Bytes ? "bytes" : "entries"));
        if (!value.Completed)
        {
            line.Report(value.Done);
            return;
        }
        _finished.TryAdd(value.Stage, (_clock.Elapsed, ProcessorTime() - _cpuAtStart));
        line.Report(value.Done);
        line.Finish();
    }

    /// <summary>Wall and processor time from the start of the run to the end of <paramref name="stage"/>.</summary>
    public (TimeSpan Wall, TimeSpan Cpu) FinishedAt(string stage) =>
        _finished.TryGetValue(stage, out var at) ? at : throw new InvalidOperationException($"pipeline stage '{stage}' never finished");

    /// <summary>Wall time from the first report of <paramref name="stage"/> to its end.</summary>
    public TimeSpan Duration(string stage) => FinishedAt(stage).Wall - _started[stage];

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
