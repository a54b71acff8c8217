namespace DigestGraph.Extract.Candidates;

/// <summary>A word in Latin script (with its inner <c>-._^@/</c>): <c>FLUX.1-dev</c>, <c>maj@1</c>, <c>PixArt-Σ</c>; a span of its source text.</summary>
public readonly record struct LatinToken(string Source, int Start, int Length)
{
    public int End => Start + Length;

    /// <summary>The word's characters, read in place: every Latin word of every abstract is tested, few are copied.</summary>
    public ReadOnlySpan<char> Span => Source.AsSpan(Start, Length);

    /// <summary>The word as a string of its own (a copy).</summary>
    public string Text => Source.Substring(Start, Length);

    /// <summary>Carries a capital after the first letter, a digit or a non-Latin letter: a shape ordinary words do not have.</summary>
    public bool IsNameShaped
    {
        get
        {
            // One pass over the word: it runs for every Latin word of every abstract.
            var word = Span;
            var allCapitals = word.Length >= 2;
            for (var i = 0; i < word.Length; i++)
            {
                var c = word[i];
                if ((i > 0 && char.IsUpper(c)) || char.IsDigit(c) || c is >= '\u0370' and <= '\u03FF' or '²' or '^') return true;
                allCapitals &= char.IsUpper(c) || c == '-';
            }
            return allCapitals;
        }
    }

    /// <summary>
    /// Name-shaped beyond doubt: a digit, a non-Latin letter, or two capitals that neither open the word nor follow a
    /// hyphen (<c>LLaVA</c>, <c>SageAttention2</c>, not <c>Step-by-Step</c>).
    /// </summary>
    public bool IsStronglyNameShaped
    {
        get
        {
            var word = Span;
            // "3D-Guided", "2D": a dimension word, not a name.
            if (word.Length >= 2 && char.IsDigit(word[0]) && word[1] == 'D' && (word.Length == 2 || word[2] == '-')) return false;
            bool letter = false, marked = false;
            int inner = 0, capitals = 0;
            for (var i = 0; i < word.Length; i++)
            {
                var c = word[i];
                letter |= char.IsLetter(c);
                marked |= char.IsDigit(c) || c is >= '\u0370' and <= '\u03FF' or '²' or '^';
                if (!char.IsUpper(c)) continue;
                capitals++;
                if (i > 0 && word[i - 1] != '-') inner++;
            }
            if (letter && marked) return true;
            return inner >= 1 && capitals >= 2;
        }
    }

    /// <summary>Whether any of the words is <see cref="IsNameShaped"/>.</summary>
    public static bool AnyNameShaped(ReadOnlySpan<LatinToken> tokens)
    {
        foreach (var t in tokens)
            if (t.IsNameShaped) return true;
        return false;
    }

    /// <summary>Starts with a capital or digit, or is name-shaped.</summary>
    public bool IsCapitalised => char.IsUpper(Source[Start]) || char.IsDigit(Source[Start]) || IsNameShaped;

    public bool IsNumber => AllDigits(Span, allowDots: true, allowCommas: true);

    /// <summary>A model size or count: <c>8B</c>, <c>400M</c>, <c>100k</c>.</summary>
    public bool IsSize
    {
        get
        {
            var word = Span;
            return word.Length >= 2 && char.IsDigit(word[0]) && "BMKTbmkt".Contains(word[^1])
                && AllDigits(word[..^1], allowDots: true, allowCommas: false);
        }
    }

    /// <summary>An image size: <c>256x256</c>, <c>1024×1024</c>.</summary>
    public bool IsResolution
    {
        get
        {
            var word = Span;
            var x = word.IndexOfAny('x', '×');
            return x > 0 && x < word.Length - 1 && AllDigits(word[..x], false, false) && AllDigits(word[(x + 1)..], false, false);
        }
    }

    private static bool AllDigits(ReadOnlySpan<char> s, bool allowDots, bool allowCommas)
    {
        foreach (var c in s)
            if (!(char.IsDigit(c) || (allowDots && c == '.') || (allowCommas && c == ','))) return false;
        return true;
    }
}
