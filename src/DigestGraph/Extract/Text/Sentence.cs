namespace DigestGraph.Extract.Text;

/// <summary>A sentence as a span of the normalized abstract.</summary>
public readonly record struct Sentence(int Start, int Length)
{
    public int End => Start + Length;

    public bool Contains(int position) => position >= Start && position < End;

    public string TextOf(string text) => text.Substring(Start, Length).Trim();
}
