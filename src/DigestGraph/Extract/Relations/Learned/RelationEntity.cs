namespace DigestGraph.Extract.Relations.Learned;

/// <summary>
/// An entity of one paper for the relation classifier: its name and surface forms, type, whether the paper introduces it,
/// whether it is the paper's own system (the title's name, else the first introduced model or method), and its spans.
/// </summary>
public sealed record RelationEntity(
    string Name,
    IReadOnlyList<string> Surfaces,
    EntityType Type,
    bool Introduced,
    bool IsOwn,
    IReadOnlyList<(int Start, int End)> Occurrences);
