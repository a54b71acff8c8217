namespace DigestGraph.Progress;

/// <summary>Progress reporting for a stage that walks a sequence, or that reports progress of its own kind.</summary>
internal static class ProgressTracking
{
    private sealed class MappedProgress<T>(IProgress<StageProgress> target, Func<T, StageProgress> map) : IProgress<T>
    {
        public void Report(T value) => target.Report(map(value));
    }

    /// <summary>
    /// A stage's own progress type as stage progress, reported synchronously in order, e.g.
    /// <c>progress.Map&lt;WriteProgress&gt;(w =&gt; new("neo4j", w.PapersDone, w.PapersTotal, w.PapersDone == w.PapersTotal))</c>.
    /// </summary>
    public static IProgress<T> Map<T>(this IProgress<StageProgress> progress, Func<T, StageProgress> map) => new MappedProgress<T>(progress, map);

    /// <summary>
    /// Yields <paramref name="items"/> unchanged, reporting each one as done and the stage as finished at the end. The
    /// stage is reported as started at once, so that stages chained lazily start in the order they are set up.
    /// </summary>
    public static IEnumerable<T> Track<T>(this IEnumerable<T> items, IProgress<StageProgress>? progress, string stage, long? total = null)
    {
        if (progress is null) return items;
        total ??= items.TryGetNonEnumeratedCount(out var count) ? count : null;
        progress.Report(new StageProgress(stage, 0, total));
        return Tracked(items, progress, stage, total);
    }

    private static IEnumerable<T> Tracked<T>(IEnumerable<T> items, IProgress<StageProgress> progress, string stage, long? total)
    {
        long done = 0;
        foreach (var item in items)
        {
            yield return item;
            progress.Report(new StageProgress(stage, ++done, total));
        }
        progress.Report(StageProgress.Finished(stage, done));
    }
}
