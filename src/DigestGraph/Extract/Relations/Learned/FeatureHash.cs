namespace DigestGraph.Extract.Relations.Learned;

/// <summary>Stable 64-bit hashes of feature parts (string.GetHashCode differs per process, so a saved model could not use it).</summary>
internal static class FeatureHash
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    public static ulong Mix(ulong h, ulong value)
    {
        h = (h ^ value) * Multiplier;
        return h ^ (h >> 31);
    }

    public static ulong Of(FeatureTemplate template, ulong a = 0, ulong b = 0, ulong c = 0, ulong d = 0) =>
        Mix(Mix(Mix(Mix(Mix(0xCBF29CE484222325, (ulong)template), a), b), c), d);

    /// <summary>The hash of a word, lower-cased as it is read (ASCII letters only change case).</summary>
    public static ulong OfLowerCase(ReadOnlySpan<char> word)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in word) h = (h ^ (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c)) * 0x100000001B3;
        return h;
    }
}
