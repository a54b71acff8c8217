using System.Globalization;
using System.Text;

namespace DigestGraph.Extract;

/// <summary>The guideline's name folding: NFKC, lower case, only letters, digits and CJK ideographs kept.</summary>
public static class NameFolding
{
    /// <summary>Names up to this length are folded on the stack by the span overloads.</summary>
    public const int StackLimit = 256;

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

    /// <summary>
    /// Folds an ASCII-and-ideographs name into <paramref name="folded"/> (as long as the name) without allocating;
    /// false for any other name, which only <see cref="Fold"/> handles.
    /// </summary>
    public static bool TryFoldSimple(ReadOnlySpan<char> name, Span<char> folded, out int length)
    {
        length = 0;
        foreach (var c in name)
        {
            if (c > 0x7F && !IsUnifiedIdeograph(c)) return false;
            if (IsKept(c)) folded[length++] = ToLowerAscii(c);
        }
        return true;
    }

    /// <summary>Whether two names fold alike: compared kept character by kept character, without a copy, in the common case.</summary>
    public static bool SameFold(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            if (!SkipToKept(a, ref i) || !SkipToKept(b, ref j)) return Fold(a) == Fold(b);
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
            if (ToLowerAscii(a[i]) != ToLowerAscii(b[j]))
                // NFKC may change what was compared (a combining mark joins the letter before it): only simple names differ here.
                return IsAsciiOrIdeographs(a.AsSpan(i)) && IsAsciiOrIdeographs(b.AsSpan(j)) ? false : Fold(a) == Fold(b);
            i++;
            j++;
        }
    }

    /// <summary>Moves <paramref name="i"/> to the next kept character (or the end); false at a character only <see cref="Fold"/> handles.</summary>
    private static bool SkipToKept(string name, ref int i)
    {
        for (; i < name.Length; i++)
        {
            var c = name[i];
            if (c > 0x7F && !IsUnifiedIdeograph(c)) return false;
            if (IsKept(c)) return true;
        }
        return true;
    }

    /// <summary>Whether nothing of a name is left after folding (punctuation, emoji).</summary>
    public static bool FoldsToNothing(string name)
    {
        if (name.Length > StackLimit) return Fold(name).Length == 0;
        Span<char> folded = stackalloc char[name.Length];
        return TryFoldSimple(name, folded, out var length) ? length == 0 : Fold(name).Length == 0;
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
        return string.Create(kept, name, static (folded, source) => TryFoldSimple(source, folded, out _));
    }

    private static bool IsKept(char c) => char.IsAsciiLetterOrDigit(c) || IsUnifiedIdeograph(c);

    /// <summary>What <see cref="char.ToLowerInvariant"/> gives for a kept character (ideographs have no case).</summary>
    private static char ToLowerAscii(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;

    private static bool IsUnifiedIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static bool IsAsciiOrIdeographs(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (c > 0x7F && !IsUnifiedIdeograph(c)) return false;
        return true;
    }
}
