namespace DigestGraph.Extract.Candidates;

/// <summary>A word in Latin script (with its inner <c>-._^@/</c>): <c>FLUX.1-dev</c>, <c>maj@1</c>, <c>PixArt-Σ</c>.</summary>
public readonly record struct LatinToken(int Start, int Length, string Text)
{
    public int End => Start + Length;

    /// <summary>Carries a capital after the first letter, a digit or a non-Latin letter: a shape ordinary words do not have.</summary>
    public bool IsNameShaped
    {
        get
        {
            // One pass over the word: it runs for every Latin word of every abstract.
            var allCapitals = Text.Length >= 2;
            for (var i = 0; i < Text.Length; i++)
            {
                var c = Text[i];
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
            // "3D-Guided", "2D": a dimension word, not a name.
            if (Text.Length >= 2 && char.IsDigit(Text[0]) && Text[1] == 'D' && (Text.Length == 2 || Text[2] == '-')) return false;
            if (Text.Any(char.IsLetter) && Text.Any(c => char.IsDigit(c) || c is >= '\u0370' and <= '\u03FF' or '²' or '^')) return true;
            var inner = 0;
            for (var i = 1; i < Text.Length; i++)
                if (char.IsUpper(Text[i]) && Text[i - 1] != '-') inner++;
            return inner >= 1 && Text.Count(char.IsUpper) >= 2;
        }
    }

    /// <summary>Starts with a capital or digit, or is name-shaped.</summary>
    public bool IsCapitalised => char.IsUpper(Text[0]) || char.IsDigit(Text[0]) || IsNameShaped;

    public bool IsNumber => Text.All(c => char.IsDigit(c) || c is '.' or ',');

    /// <summary>A model size or count: <c>8B</c>, <c>400M</c>, <c>100k</c>.</summary>
    public bool IsSize => Text.Length >= 2 && char.IsDigit(Text[0]) && "BMKTbmkt".Contains(Text[^1])
        && Text[..^1].All(c => char.IsDigit(c) || c == '.');

    /// <summary>An image size: <c>256x256</c>, <c>1024×1024</c>.</summary>
    public bool IsResolution
    {
        get
        {
            var x = Text.IndexOfAny(['x', '×']);
            return x > 0 && x < Text.Length - 1 && Text[..x].All(char.IsDigit) && Text[(x + 1)..].All(char.IsDigit);
        }
    }
}
