namespace DigestGraph.Extract.Resolution;

/// <summary>
/// The order in which mentions are checked for containment: by start, longer first, richer first (more aliases, a
/// developer, a lexicon entry), then in the order the finders gave them.
/// </summary>
public readonly record struct ContainmentOrder(int Start, int Length, int Richness, int Index) : IComparable<ContainmentOrder>
{
    public int CompareTo(ContainmentOrder other)
    {
        var c = Start.CompareTo(other.Start);
        if (c == 0) c = other.Length.CompareTo(Length);
        if (c == 0) c = other.Richness.CompareTo(Richness);
        return c != 0 ? c : Index.CompareTo(other.Index);
    }
}
