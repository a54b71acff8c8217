using Spectre.Console;
using Spectre.Console.Rendering;

namespace DigestGraph.Cli.Progress;

/// <summary>Items per second over the recent past.</summary>
public sealed class RateColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text(task.Speed is { } speed ? $"{speed:N1}/s" : "", new Style(Color.Grey));
}
