namespace DigestGraph.Extract.Resolution;

/// <summary>An entity written at a span of the abstract.</summary>
public readonly record struct Occurrence(EntityDraft Entity, int Start, int End)
{
    /// <summary>Every occurrence of the entities, ordered by start (a stable sort: entities in list order on ties).</summary>
    public static Occurrence[] InTextOrder(IEnumerable<EntityDraft> entities) =>
        entities.SelectMany(e => e.Occurrences.Select(o => new Occurrence(e, o.Start, o.End))).OrderBy(o => o.Start).ToArray();
}
