using System.Globalization;
using System.Text;

namespace DigestGraph.Extract;

/// <summary>The guideline's name folding: NFKC, lower case, only letters, digits and CJK ideographs kept.</summary>
public static class NameFolding
{
    public static string Fold(string name)
    {
        // ASCII is unchanged by NFKC, so the common case skips normalization.
        var normalized = IsAscii(name) ? name : name.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(normalized.Length);
        Span<char> buffer = stackalloc char[2];
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (!Rune.IsLetterOrDigit(rune)) continue;
            var written = Rune.ToLowerInvariant(rune).EncodeToUtf16(buffer);
            sb.Append(buffer[..written]);
        }
        return sb.ToString();
    }

    private static bool IsAscii(string s)
    {
        foreach (var c in s)
            if (c > 0x7F) return false;
        return true;
    }
}
