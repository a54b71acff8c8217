namespace DigestGraph.Extract.Text;

/// <summary>
/// <see cref="char.ToUpperInvariant"/> and <see cref="char.ToLowerInvariant"/> read from tables: the runtime asks ICU for
/// every non-ASCII character, and the cue and lexicon scans case-map every Chinese character of every abstract.
/// </summary>
public static class InvariantCase
{
    private static readonly char[] Upper = Table(char.ToUpperInvariant);
    private static readonly char[] Lower = Table(char.ToLowerInvariant);

    // CJK ideographs (and Yi) from U+3400 up to Cyrillic extended B at U+A640 have no case: Chinese text is mapped
    // without touching the tables' large middle.
    private const char NoCaseStart = '\u3400', NoCaseEnd = '\uA640';

    public static char ToUpper(char c) => c is >= NoCaseStart and < NoCaseEnd ? c : Upper[c];

    public static char ToLower(char c) => c is >= NoCaseStart and < NoCaseEnd ? c : Lower[c];

    /// <summary>Each character as written, upper-cased and lower-cased: what a scan that ignores case may meet of it.</summary>
    public static IEnumerable<char> InEitherCase(IEnumerable<char> chars) =>
        chars.SelectMany(c => new[] { c, ToUpper(c), ToLower(c) }).Distinct();

    private static char[] Table(Func<char, char> map)
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++) table[c] = map((char)c);
        return table;
    }
}
