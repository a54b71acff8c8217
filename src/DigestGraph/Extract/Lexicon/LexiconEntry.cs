namespace DigestGraph.Extract.Lexicon;

/// <summary>A well-known entity: its canonical name, its type(s) (primary first) and its aliases in English and Chinese.</summary>
public sealed record LexiconEntry(string Name, IReadOnlyList<EntityType> Types, IReadOnlyList<string> Aliases)
{
    public EntityType Type => Types[0];
}
