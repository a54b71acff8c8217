using DigestGraph.Progress;

namespace DigestGraph.Cli.Progress;

/// <summary>A stage's items (or bytes) done, of total when known, with its note, and time from its first report to its last.</summary>
public sealed record StageTiming(string Stage, long Done, long? Total, TimeSpan Elapsed, bool Completed)
{
    public ProgressUnit Unit { get; init; }

    public string? Note { get; init; }

    /// <summary>Items (or bytes) per second, or null before any time has passed.</summary>
    public double? Rate => Elapsed > TimeSpan.Zero && Done > 0 ? Done / Elapsed.TotalSeconds : null;

    /// <summary>The amount done (of the total while unfinished), with the note.</summary>
    public string Amount =>
        (Total is { } t && !Completed ? ProgressAmount.Format(Done, t, Unit) : ProgressAmount.Format(Done, Unit)) + (Note is null ? "" : $" ({Note})");

    public string Describe() =>
        $"{Amount} in {Format(Elapsed)}{(Rate is { } r ? $" ({ProgressAmount.Rate(r, Unit)})" : "")}";

    public static string Format(TimeSpan t) =>
        t.TotalSeconds < 60 ? $"{t.TotalSeconds:N2} s" : $"{(int)t.TotalMinutes} min {t.Seconds:D2} s";
}
