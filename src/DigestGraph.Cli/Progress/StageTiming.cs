namespace DigestGraph.Cli.Progress;

/// <summary>A stage's items done (of total, when known) and time from its first report to its last.</summary>
public sealed record StageTiming(string Stage, long Done, long? Total, TimeSpan Elapsed, bool Completed)
{
    /// <summary>Items per second, or null before any time has passed.</summary>
    public double? Rate => Elapsed > TimeSpan.Zero && Done > 0 ? Done / Elapsed.TotalSeconds : null;

    public string Describe() =>
        $"{Done:N0}{(Total is { } t && !Completed ? $"/{t:N0}" : "")} in {Format(Elapsed)}{(Rate is { } r ? $" ({r:N1}/s)" : "")}";

    public static string Format(TimeSpan t) =>
        t.TotalSeconds < 60 ? $"{t.TotalSeconds:N2} s" : $"{(int)t.TotalMinutes} min {t.Seconds:D2} s";
}
