using System.Globalization;
using System.Text;

namespace DigestGraph.Extract;

/// <summary>The guideline's name folding: NFKC, lower case, only letters, digits and CJK ideographs kept.</summary>
public static class NameFolding
{
    public static string Fold(string name)
    {
        var normalized = name.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(normalized.Length);
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
                sb.Append(Rune.ToLowerInvariant(rune).ToString());
        }
        return sb.ToString();
    }
}
