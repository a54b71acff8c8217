using System.Text;
using System.Text.RegularExpressions;

namespace DigestGraph.Extract.Text;

/// <summary>
/// Makes an abstract safe and uniform for the finders: bounded length, no control characters or emoji, and LaTeX as
/// the text it renders (<c>3\times</c> is <c>3×</c>, <c>$\geq$</c> is <c>≥</c>, <c>\textbf{X}</c> is <c>X</c>, <c>\%</c>
/// is <c>%</c>), from the table in <c>Data/latex.json</c>. Commands not in the table are left for <see cref="MacroPlaceholder"/>.
/// </summary>
public static partial class InputNormalizer
{
    /// <summary>Real abstracts are under 4,000 characters; anything past this is cut so that time per entry stays bounded.</summary>
    public const int MaxLength = 12_000;

    private static readonly IReadOnlyDictionary<string, string> Symbols = ReadMap("symbols");
    private static readonly IReadOnlyDictionary<string, string> Escapes = ReadMap("escapes");
    private static readonly HashSet<string> Spacing = [.. EmbeddedData.ReadStrings("latex.json", "spacing")];

    // A wrapper's one argument, innermost first: the argument holds no brace.
    private static readonly Regex LatexWrapper = new(
        @"\\(?:" + string.Join("|", EmbeddedData.ReadStrings("latex.json", "wrappers").Select(Regex.Escape)) + @")\s*\{([^{}]{0,200})\}",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    [GeneratedRegex(@"\\(?:([A-Za-z]+)|([^A-Za-z]))", RegexOptions.CultureInvariant)]
    private static partial Regex LatexCommand();

    // Math delimiters: a dollar not escaped as \$.
    [GeneratedRegex(@"(?<!\\)\$+", RegexOptions.CultureInvariant)]
    private static partial Regex MathDelimiter();

    // x^{2} and x_{t}: the braces only group.
    [GeneratedRegex(@"([\^_])\{([^{}]{0,50})\}", RegexOptions.CultureInvariant)]
    private static partial Regex ScriptGroup();

    // Top-level domains common in abstracts' links: an address without its scheme is recognised on these only.
    private static readonly string[] AddressDomains = ["com", "org", "net", "io", "ai", "co", "edu", "dev"];

    // An address with its scheme, or without one on a common top-level domain ("huggingface.co/org/Model").
    private static readonly Regex Url = new(
        @"(?:https?://|\b(?:[A-Za-z0-9-]+\.)+(?:" + string.Join("|", AddressDomains) + @")/)\S+",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var bounded = text.Length > MaxLength ? text[..MaxLength] : text;
        var s = NeedsCleaning(bounded) ? Clean(bounded) : bounded;
        // Most abstracts have neither a link nor LaTeX: the regexes run only where they can match.
        if (HasAddress(s)) s = Url.Replace(s, " ");
        if (s.Contains('$')) s = MathDelimiter().Replace(s, "");
        if (s.Contains('\\')) s = Latex(s);
        return s;
    }

    /// <summary>Whether the text may hold an address <see cref="Url"/> matches: a scheme, or a slash right after ".com" and the like.</summary>
    private static bool HasAddress(string s)
    {
        if (s.Contains("://", StringComparison.Ordinal)) return true;
        for (var slash = s.IndexOf('/'); slash > 0; slash = s.IndexOf('/', slash + 1))
            foreach (var domain in AddressDomains)
            {
                var dot = slash - domain.Length - 1;
                if (dot >= 0 && s[dot] == '.' && s.AsSpan(dot + 1, domain.Length).Equals(domain, StringComparison.OrdinalIgnoreCase)) return true;
            }
        return false;
    }

    private static string Latex(string s)
    {
        // Nested wrappers (\textbf{\mathrm{X}}) come off one level a pass.
        for (var pass = 0; pass < 3; pass++)
        {
            var unwrapped = LatexWrapper.Replace(s, "$1");
            if (unwrapped.Length == s.Length) break;
            s = unwrapped;
        }
        s = LatexCommand().Replace(s, m =>
            m.Groups[1].Success
                ? Symbols.TryGetValue(m.Groups[1].Value, out var symbol) ? symbol : Spacing.Contains(m.Groups[1].Value) ? " " : m.Value
                : Escapes.TryGetValue(m.Groups[2].Value, out var escaped) ? escaped : m.Value);
        return s.Contains('{') ? ScriptGroup().Replace(s, "$1$2") : s;
    }

    private static IReadOnlyDictionary<string, string> ReadMap(string key) =>
        (EmbeddedData.ReadJson("latex.json")[key]?.AsObject() ?? [])
            .ToDictionary(p => p.Key, p => (string?)p.Value ?? "", StringComparer.Ordinal);

    /// <summary>Most abstracts have no character to replace or drop: then they are not copied.</summary>
    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
            if (c != '\n' && (c is '\r' or '\t' or '\u00A0' or '\u3000' || CharClass.IsControl(c))) return true;
        return false;
    }

    private static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\n' or '\r') sb.Append('\n');
            else if (c is '\t' or '\u00A0' or '\u3000') sb.Append(' ');
            else if (!CharClass.IsControl(c)) sb.Append(c);
        }
        return sb.ToString();
    }
}
