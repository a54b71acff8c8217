namespace DigestGraph.Progress;

/// <summary>
/// How far a pipeline stage has got: <paramref name="Done"/> items of <paramref name="Total"/> (null when unknown).
/// Stages report through <see cref="IProgress{T}"/>; the CLI renders it. <paramref name="Completed"/> ends the stage.
/// </summary>
public readonly record struct StageProgress(string Stage, long Done, long? Total, bool Completed = false)
{
    /// <summary>What <see cref="Done"/> and <see cref="Total"/> count.</summary>
    public ProgressUnit Unit { get; init; } = ProgressUnit.Items;

    /// <summary>What else the stage has counted so far, shown beside it (e.g. "120,000 lines, 2,000 papers").</summary>
    public string? Note { get; init; }

    public static StageProgress Finished(string stage, long done) => new(stage, done, done, Completed: true);
}
