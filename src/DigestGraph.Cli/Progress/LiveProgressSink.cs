using DigestGraph.Progress;
using Spectre.Console;

namespace DigestGraph.Cli.Progress;

/// <summary>Progress as live Spectre.Console bars, one per stage (an indeterminate bar while the total is unknown).</summary>
public sealed class LiveProgressSink(ProgressContext context, StageClock clock) : IProgress<StageProgress>
{
    private readonly Dictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);
    private readonly HashSet<string> _finished = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public void Report(StageProgress value)
    {
        clock.Record(value);
        lock (_lock)
        {
            // Spectre caps a task's value at its maximum and calls it finished there, so the sink keeps its own account.
            if (_finished.Contains(value.Stage)) return;
            if (!_tasks.TryGetValue(value.Stage, out var task))
            {
                _tasks[value.Stage] = task = context.AddTask(Markup.Escape(value.Stage), autoStart: true, maxValue: double.MaxValue);
                task.State.Update<ProgressUnit>(ProgressAmount.UnitKey, _ => value.Unit);
            }
            if (value.Note is { } note) task.Description = $"{Markup.Escape(value.Stage)} [grey]{Markup.Escape(note)}[/]";
            task.IsIndeterminate = value.Total is null && !value.Completed;
            task.MaxValue = value.Completed ? Math.Max(1, value.Done) : value.Total is { } total ? Math.Max(1, total) : double.MaxValue;
            task.Value = value.Done;
            if (value.Completed)
            {
                task.Value = task.MaxValue;
                task.StopTask();
                _finished.Add(value.Stage);
            }
        }
    }
}
