using System.Text.RegularExpressions;

namespace DigestGraph.Graph;

/// <summary>Reads a model's family off its name: a size (<c>-8B</c>, <c> 7B</c>) or a variant suffix after the family.</summary>
public static partial class ModelFamily
{
    [GeneratedRegex(@"^(?<family>[A-Za-z][\w.]*?(?:[-\s]?\d+(?:\.\d+)?)?)[-\s]\d+(?:\.\d+)?[BMK]\b", RegexOptions.CultureInvariant)]
    private static partial Regex SizedName();

    public static bool TryGetFamily(string name, out string family)
    {
        var m = SizedName().Match(name);
        family = m.Success ? m.Groups["family"].Value.TrimEnd('-', ' ') : "";
        return m.Success && family.Length >= 2;
    }
}
