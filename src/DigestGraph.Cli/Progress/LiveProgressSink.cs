using DigestGraph.Progress;
using Spectre.Console;

namespace DigestGraph.Cli.Progress;

/// <summary>Progress as live Spectre.Console bars, one per stage (an indeterminate bar while the total is unknown).</summary>
public sealed class LiveProgressSink(ProgressContext context, StageClock clock) : IProgress<StageProgress>
{
    private readonly Dictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public void Report(StageProgress value)
    {
        clock.Record(value);
        lock (_lock)
        {
            if (!_tasks.TryGetValue(value.Stage, out var task))
                _tasks[value.Stage] = task = context.AddTask(Markup.Escape(value.Stage), autoStart: true, maxValue: Math.Max(1, value.Total ?? 1));
            if (task.IsFinished) return;
            task.IsIndeterminate = value.Total is null && !value.Completed;
            if (value.Total is { } total) task.MaxValue = Math.Max(1, total);
            task.Value = value.Done;
            if (value.Completed)
            {
                task.MaxValue = Math.Max(1, value.Done);
                task.Value = task.MaxValue;
                task.StopTask();
            }
        }
    }
}
