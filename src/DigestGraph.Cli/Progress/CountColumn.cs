using Spectre.Console;
using Spectre.Console.Rendering;

namespace DigestGraph.Cli.Progress;

/// <summary>Items done, and the total when it is known.</summary>
public sealed class CountColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text(task.IsIndeterminate ? $"{task.Value:N0}" : $"{task.Value:N0}/{task.MaxValue:N0}");
}
