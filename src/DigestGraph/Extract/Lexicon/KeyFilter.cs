namespace DigestGraph.Extract.Lexicon;

/// <summary>
/// One bit per hashed key of a dictionary: a clear bit says the key is absent without a lookup. Scans of Chinese text
/// ask at almost every character, and few character pairs start a lexicon alias or a cue.
/// </summary>
public sealed class KeyFilter
{
    private const int Bits = 1 << 16;
    private readonly ulong[] _bits = new ulong[Bits / 64];

    public void Add(int key)
    {
        var bit = BitOf(key);
        _bits[bit >> 6] |= 1UL << bit;
    }

    public bool MayContain(int key)
    {
        var bit = BitOf(key);
        return (_bits[bit >> 6] & (1UL << bit)) != 0;
    }

    private static int BitOf(int key) => (int)((uint)key * 2654435769u >> 16);
}
