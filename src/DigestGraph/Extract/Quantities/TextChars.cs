namespace DigestGraph.Extract.Quantities;

/// <summary>Character classes the quantity scanner shares.</summary>
internal static class TextChars
{
    /// <summary>Whitespace within a line; a number and its unit never span lines.</summary>
    public static bool IsInlineSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u3000' or '\u2009' or '\u202F';

    /// <summary>Characters a model or dataset name is written with (<c>Llama-3.1-8B</c>, <c>ViT-L/14</c>, <c>pass@1</c>).</summary>
    public static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '@' or '/';

    public static bool IsCjkIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
