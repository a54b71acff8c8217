using System.Globalization;
using System.Text;

namespace DigestGraph.Extract;

/// <summary>The guideline's name folding: NFKC, lower case, only letters, digits and CJK ideographs kept.</summary>
public static class NameFolding
{
    public static string Fold(string name)
    {
        // ASCII is unchanged by NFKC, so the common case skips normalization and the rune walk.
        if (IsAscii(name)) return FoldAscii(name);
        var normalized = name.Normalize(NormalizationForm.FormKC);
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

    private static string FoldAscii(string name)
    {
        var kept = 0;
        var changed = false;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c)) kept++;
            else changed = true;
            changed |= char.IsAsciiLetterUpper(c);
        }
        // Already folded (a lexicon key, a lower-case word): no copy.
        if (!changed) return name;
        return string.Create(kept, name, static (folded, source) =>
        {
            var at = 0;
            foreach (var c in source)
                if (char.IsAsciiLetterOrDigit(c)) folded[at++] = char.ToLowerInvariant(c);
        });
    }

    private static bool IsAscii(string s)
    {
        foreach (var c in s)
            if (c > 0x7F) return false;
        return true;
    }
}
