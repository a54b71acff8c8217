using Spectre.Console;

namespace DigestGraph.Cli.Progress;

/// <summary>The end-of-run summary: each stage's items, time and rate, and the total time.</summary>
public static class ProgressSummary
{
    public static IEnumerable<string> Lines(IReadOnlyList<StageTiming> timings, TimeSpan total)
    {
        if (timings.Count == 0) yield break;
        var width = timings.Max(t => t.Stage.Length);
        yield return "summary:";
        foreach (var t in timings)
            yield return $"  {t.Stage.PadRight(width)}  {t.Describe()}{(t.Completed ? "" : " (unfinished)")}";
        yield return $"  {"total".PadRight(width)}  {StageTiming.Format(total)}";
    }

    public static Table Table(IReadOnlyList<StageTiming> timings, TimeSpan total)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("summary")
            .AddColumn("stage").AddColumn(new TableColumn("items").RightAligned())
            .AddColumn(new TableColumn("time").RightAligned()).AddColumn(new TableColumn("rate").RightAligned());
        foreach (var t in timings)
            table.AddRow(
                Markup.Escape(t.Stage + (t.Completed ? "" : " (unfinished)")),
                Markup.Escape(t.Amount),
                StageTiming.Format(t.Elapsed),
                t.Rate is { } r ? ProgressAmount.Rate(r, t.Unit) : "");
        table.AddRow("[bold]total[/]", "", $"[bold]{StageTiming.Format(total)}[/]", "");
        return table;
    }
}
