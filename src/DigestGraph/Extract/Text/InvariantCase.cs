namespace DigestGraph.Extract.Text;

/// <summary>
/// <see cref="char.ToUpperInvariant"/> and <see cref="char.ToLowerInvariant"/> read from tables: the runtime asks ICU for
/// every non-ASCII character, and the cue and lexicon scans case-map every Chinese character of every abstract.
/// </summary>
public static class InvariantCase
{
    private static readonly char[] Upper = Table(char.ToUpperInvariant);
    private static readonly char[] Lower = Table(char.ToLowerInvariant);

    public static char ToUpper(char c) => Upper[c];

    public static char ToLower(char c) => Lower[c];

    private static char[] Table(Func<char, char> map)
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++) table[c] = map((char)c);
        return table;
    }
}
