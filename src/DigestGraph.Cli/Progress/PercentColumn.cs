using Spectre.Console;
using Spectre.Console.Rendering;

namespace DigestGraph.Cli.Progress;

/// <summary>The share done, left blank while the total is unknown (a percentage of nothing would be made up).</summary>
public sealed class PercentColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text(task.IsIndeterminate ? "" : $"{task.Percentage,3:0}%");
}
