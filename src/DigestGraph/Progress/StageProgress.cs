namespace DigestGraph.Progress;

/// <summary>
/// How far a pipeline stage has got: <paramref name="Done"/> items of <paramref name="Total"/> (null when unknown).
/// Stages report through <see cref="IProgress{T}"/>; the CLI renders it. <paramref name="Completed"/> ends the stage.
/// </summary>
public readonly record struct StageProgress(string Stage, long Done, long? Total, bool Completed = false)
{
    public static StageProgress Finished(string stage, long done) => new(stage, done, done, Completed: true);
}
