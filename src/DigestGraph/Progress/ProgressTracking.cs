namespace DigestGraph.Progress;

/// <summary>Progress reporting for a stage that walks a sequence.</summary>
public static class ProgressTracking
{
    /// <summary>Yields <paramref name="items"/> unchanged, reporting each one as done and the stage as finished at the end.</summary>
    public static IEnumerable<T> Track<T>(this IEnumerable<T> items, IProgress<StageProgress>? progress, string stage, long? total = null)
    {
        if (progress is null)
        {
            foreach (var item in items) yield return item;
            yield break;
        }
        total ??= items.TryGetNonEnumeratedCount(out var count) ? count : null;
        long done = 0;
        progress.Report(new StageProgress(stage, 0, total));
        foreach (var item in items)
        {
            yield return item;
            progress.Report(new StageProgress(stage, ++done, total));
        }
        progress.Report(StageProgress.Finished(stage, done));
    }
}
