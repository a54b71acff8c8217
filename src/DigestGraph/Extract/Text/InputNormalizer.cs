using System.Text;
using System.Text.RegularExpressions;

namespace DigestGraph.Extract.Text;

/// <summary>
/// Makes an abstract safe and uniform for the finders: bounded length, no control characters or emoji,
/// LaTeX wrappers (<c>$\text{X}^2$</c>, <c>\url{...}</c>, <c>\%</c>) reduced to their text.
/// </summary>
public static partial class InputNormalizer
{
    /// <summary>Real abstracts are under 4,000 characters; anything past this is cut so that time per entry stays bounded.</summary>
    public const int MaxLength = 12_000;

    [GeneratedRegex(@"\\(?:text|textbf|textit|mathrm|mathbf|emph|url|href|texttt)\{([^{}]{0,200})\}", RegexOptions.CultureInvariant)]
    private static partial Regex LatexWrapper();

    [GeneratedRegex(@"https?://\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var bounded = text.Length > MaxLength ? text[..MaxLength] : text;
        var s = NeedsCleaning(bounded) ? Clean(bounded) : bounded;
        // Most abstracts have neither a link nor a LaTeX command: the regexes run only where they can match.
        if (s.Contains("http", StringComparison.Ordinal)) s = Url().Replace(s, " ");
        if (s.Contains('\\')) s = LatexWrapper().Replace(s, "$1");
        s = s.Replace("\\%", "%").Replace("\\_", "_").Replace("\\&", "&").Replace("$", "");
        return s;
    }

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
