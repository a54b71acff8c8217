using System.Globalization;
using System.Text;

namespace DigestGraph.Extract;

/// <summary>The guideline's name folding: NFKC, lower case, only letters, digits and CJK ideographs kept.</summary>
public static class NameFolding
{
    public static string Fold(string name)
    {
        // ASCII and CJK unified ideographs are unchanged by NFKC and by lower-casing, so the common case (Latin names,
        // Chinese terms, both mixed) skips normalization and the rune walk.
        if (IsAsciiOrIdeographs(name)) return FoldSimple(name);
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

    private static string FoldSimple(string name)
    {
        var kept = 0;
        var changed = false;
        foreach (var c in name)
        {
            if (IsKept(c)) kept++;
            else changed = true;
            changed |= char.IsAsciiLetterUpper(c);
        }
        // Already folded (a lexicon key, a lower-case word): no copy.
        if (!changed) return name;
        return string.Create(kept, name, static (folded, source) =>
        {
            var at = 0;
            foreach (var c in source)
                if (IsKept(c)) folded[at++] = char.ToLowerInvariant(c);
        });
    }

    private static bool IsKept(char c) => char.IsAsciiLetterOrDigit(c) || IsUnifiedIdeograph(c);

    private static bool IsUnifiedIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static bool IsAsciiOrIdeographs(string s)
    {
        foreach (var c in s)
            if (c > 0x7F && !IsUnifiedIdeograph(c)) return false;
        return true;
    }
}
