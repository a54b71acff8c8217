namespace DigestGraph.Extract.Text;

/// <summary>Which language an abstract is written in, as far as the extraction cares: Chinese or English.</summary>
public static class TextLanguage
{
    /// <summary>An abstract is Chinese when a tenth or more of its letters are CJK ideographs.</summary>
    public static bool IsChinese(string text)
    {
        int letters = 0, cjk = 0;
        foreach (var c in text)
        {
            if (c is >= '\u4e00' and <= '\u9fff') { cjk++; letters++; }
            else if (char.IsLetter(c)) letters++;
        }
        return letters > 0 && cjk * 10 >= letters;
    }
}
