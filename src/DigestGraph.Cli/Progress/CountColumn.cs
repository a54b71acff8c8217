using DigestGraph.Progress;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace DigestGraph.Cli.Progress;

/// <summary>Items (or bytes) done, and the total when it is known.</summary>
public sealed class CountColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        var unit = task.State.Get<ProgressUnit>(ProgressAmount.UnitKey);
        return new Text(task.IsIndeterminate ? ProgressAmount.Format(task.Value, unit) : ProgressAmount.Format(task.Value, task.MaxValue, unit));
    }
}
