namespace DigestGraph.Extract;

/// <summary>An entity found in one paper. <see cref="Types"/> holds a second reading (Dataset and Benchmark) when the text supports both.</summary>
public sealed record ExtractedEntity(string Name, EntityType Type)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<EntityType> Types { get; init; } = [];
    public bool Introduced { get; init; }
    /// <summary>The sentence the entity was first seen in.</summary>
    public string? Evidence { get; init; }
}
