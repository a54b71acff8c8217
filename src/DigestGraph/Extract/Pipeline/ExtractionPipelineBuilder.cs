namespace DigestGraph.Extract.Pipeline;

/// <summary>
/// Assembles the stages of an <see cref="ExtractionPipeline"/>, as Markdig's <c>MarkdownPipelineBuilder</c>: extensions
/// add stages, insert theirs after another's or replace one (<see cref="ExtractionPipelineExtensions"/>).
/// </summary>
public sealed class ExtractionPipelineBuilder
{
    public List<IExtractionStage> Stages { get; } = [];

    public ExtractionPipelineBuilder Use(IExtractionExtension extension)
    {
        extension.Setup(this);
        return this;
    }

    public ExtractionPipelineBuilder Add(IExtractionStage stage)
    {
        Stages.Add(stage);
        return this;
    }

    /// <summary>Puts <paramref name="stage"/> right after the stage of type <typeparamref name="TAfter"/>.</summary>
    public ExtractionPipelineBuilder InsertAfter<TAfter>(IExtractionStage stage) where TAfter : IExtractionStage
    {
        Stages.Insert(IndexOf<TAfter>() + 1, stage);
        return this;
    }

    /// <summary>Puts <paramref name="stage"/> in the place of the stage of type <typeparamref name="TOld"/>.</summary>
    public ExtractionPipelineBuilder Replace<TOld>(IExtractionStage stage) where TOld : IExtractionStage
    {
        Stages[IndexOf<TOld>()] = stage;
        return this;
    }

    public ExtractionPipeline Build() => new(Stages.ToArray());

    private int IndexOf<T>()
    {
        var index = Stages.FindIndex(s => s is T);
        return index >= 0 ? index : throw new InvalidOperationException($"the pipeline has no {typeof(T).Name}");
    }
}
