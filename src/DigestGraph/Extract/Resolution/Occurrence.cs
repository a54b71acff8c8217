namespace DigestGraph.Extract.Resolution;

/// <summary>An entity written at a span of the abstract.</summary>
public readonly record struct Occurrence(EntityDraft Entity, int Start, int End)
{
    /// <summary>Every occurrence of the entities, ordered by start (a stable sort: entities in list order on ties).</summary>
    public static Occurrence[] InTextOrder(IReadOnlyList<EntityDraft> entities)
    {
        var count = 0;
        foreach (var e in entities) count += e.Occurrences.Count;
        var occurrences = new Occurrence[count];
        // Start in the high half, list position in the low half: sorting the keys is the stable sort by start.
        var keys = new long[count];
        var at = 0;
        foreach (var e in entities)
            foreach (var (start, end) in e.Occurrences)
            {
                keys[at] = (long)start << 32 | (uint)at;
                occurrences[at++] = new Occurrence(e, start, end);
            }
        Array.Sort(keys, occurrences);
        return occurrences;
    }
}
