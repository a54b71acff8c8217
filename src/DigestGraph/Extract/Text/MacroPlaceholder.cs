using System.Text.RegularExpressions;

namespace DigestGraph.Extract.Text;

/// <summary>
/// A LaTeX macro left unexpanded in an abstract (<c>\implname</c>) stands for the paper's own system name when it
/// stands alone as a word: it is replaced by the title's name, or removed when the title has none. A macro glued to a
/// number or a word (<c>5\foo</c>) is no name and is removed, so that no placeholder ever becomes part of one.
/// Known LaTeX (<c>\times</c>, <c>\geq</c>) is mapped to text before (<see cref="InputNormalizer"/>).
/// </summary>
public static partial class MacroPlaceholder
{
    [GeneratedRegex(@"\\[A-Za-z]{2,30}(?![A-Za-z{])", RegexOptions.CultureInvariant)]
    private static partial Regex Macro();

    public static string Replace(string text, string? ownName) =>
        text.Contains('\\') ? Macro().Replace(text, m => StandsAlone(text, m) ? ownName ?? "" : "") : text;

    private static bool StandsAlone(string text, Match macro)
    {
        var end = macro.Index + macro.Length;
        return (macro.Index == 0 || !char.IsLetterOrDigit(text[macro.Index - 1]))
               && (end == text.Length || !char.IsLetterOrDigit(text[end]));
    }
}
