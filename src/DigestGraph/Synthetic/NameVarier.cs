using System.Text.RegularExpressions;

namespace DigestGraph.Synthetic;

/// <summary>
/// Replaces the names in seed text with made-up ones of the same kind, consistently within one entry
/// (the same seed name becomes the same new name); some names are kept so that entities recur across entries.
/// </summary>
internal sealed partial class NameVarier(NameMaker names, Random random, double keepShare)
{
    // A web address (kept as written) or a Latin name token such as LLaVA-o1, InternVL2-8B, MathVista, GPT-4o.
    [GeneratedRegex(@"https?://\S+|(?<![\w.\-])[A-Za-z][A-Za-z0-9]*(?:[\-.][A-Za-z0-9]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"(?:Bench|bench|QA|Eval|Arena)$", RegexOptions.CultureInvariant)]
    private static partial Regex BenchmarkShape();

    [GeneratedRegex(@"-\d+(?:\.\d+)?[kKM]$", RegexOptions.CultureInvariant)]
    private static partial Regex DatasetShape();

    [GeneratedRegex(@"\d", RegexOptions.CultureInvariant)]
    private static partial Regex Digit();

    private readonly Dictionary<string, string> _replacements = new(StringComparer.Ordinal);

    /// <summary>Starts a new entry: names are consistent within an entry only.</summary>
    public void Reset() => _replacements.Clear();

    public string Vary(string text) => Token().Replace(text, m => Replacement(m.Value));

    private string Replacement(string token)
    {
        if (!IsName(token)) return token;
        if (_replacements.TryGetValue(token, out var known)) return known;
        var replacement = random.NextDouble() < keepShare ? token : MakeLike(token);
        _replacements[token] = replacement;
        return replacement;
    }

    private string MakeLike(string token) =>
        names.IsOrganization(token) ? names.Organization()
        : BenchmarkShape().IsMatch(token) ? names.Benchmark()
        : DatasetShape().IsMatch(token) ? names.Dataset()
        : Digit().IsMatch(token) ? names.Model()
        : names.Method();

    /// <summary>A name has a digit, inner capitals (MathVista) or a hyphen; plain words and acronyms (MLLMs, GPU) stay.</summary>
    private static bool IsName(string token)
    {
        if (token.StartsWith("http", StringComparison.Ordinal) && token.Contains("://", StringComparison.Ordinal)) return false;
        if (token.Length < 3 || IsAcronym(token)) return false;
        var capitals = token.Count(char.IsAsciiLetterUpper);
        var hasLower = token.Any(char.IsAsciiLetterLower);
        return token.Any(char.IsAsciiDigit) || token.Contains('-') || (capitals >= 2 && hasLower && token.Length >= 5);
    }

    private static bool IsAcronym(string token)
    {
        var letters = token.EndsWith('s') ? token.AsSpan(0, token.Length - 1) : token.AsSpan();
        foreach (var c in letters)
            if (!char.IsAsciiLetterUpper(c)) return false;
        return true;
    }
}
