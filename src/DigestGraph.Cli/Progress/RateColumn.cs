using DigestGraph.Progress;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace DigestGraph.Cli.Progress;

/// <summary>Items (or bytes) per second over the recent past.</summary>
public sealed class RateColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text(task.Speed is { } speed ? ProgressAmount.Rate(speed, task.State.Get<ProgressUnit>(ProgressAmount.UnitKey)) : "", new Style(Color.Grey));
}
