using System.Text.RegularExpressions;

namespace DigestGraph.Extract.Text;

/// <summary>
/// A LaTeX macro left unexpanded in an abstract (<c>\implname</c>) stands for the paper's own system name: it is
/// replaced by the title's name, or removed when the title has none.
/// </summary>
public static partial class MacroPlaceholder
{
    [GeneratedRegex(@"\\[A-Za-z]{2,30}(?![A-Za-z{])", RegexOptions.CultureInvariant)]
    private static partial Regex Macro();

    public static string Replace(string text, string? ownName) =>
        text.Contains('\\') ? Macro().Replace(text, ownName ?? "") : text;
}
