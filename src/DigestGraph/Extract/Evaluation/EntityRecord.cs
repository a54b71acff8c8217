namespace DigestGraph.Extract.Evaluation;

/// <summary>An entity of a record: <see cref="Type"/> or, for two readings, <see cref="Types"/>.</summary>
public sealed record EntityRecord(string Name, string? Type, IReadOnlyList<string> Types, IReadOnlyList<string> Aliases, bool Introduced)
{
    /// <summary>Every type the record allows, the primary one first.</summary>
    public IReadOnlyList<string> AllTypes => Type is null ? Types : [Type, .. Types.Where(t => t != Type)];

    /// <summary>The name followed by the aliases.</summary>
    public IEnumerable<string> Surfaces => Aliases.Prepend(Name);
}
