using System.Text.RegularExpressions;

namespace DigestGraph.Graph;

/// <summary>
/// Reads a model's family off its name. A size names its family explicitly (<c>InternVL2-8B</c> → <c>InternVL2</c>,
/// <c>Llama 3.1 8B</c> → <c>Llama 3.1</c>, <c>Qwen2.5-72B-Instruct</c> → <c>Qwen2.5</c>). A release suffix after a
/// versioned name (<c>GPT-4o-mini</c> → <c>GPT-4o</c>, <c>FLUX.1-dev</c> → <c>FLUX.1</c>) or a bare version
/// (<c>Llama 3.1</c> → <c>Llama</c>) only suggests a family, to be linked when the graph has that family.
/// </summary>
internal static partial class ModelFamily
{
    [GeneratedRegex(@"^(?<family>.+?)[-\s]\d+(?:\.\d+)?[BMKT](?:$|[-\s])", RegexOptions.CultureInvariant)]
    private static partial Regex SizedName();

    [GeneratedRegex(@"^(?<family>.*\d(?:\.\d+)?[a-z]?)[-\s](?:mini|Mini|pro|Pro|Turbo|turbo|dev|schnell|Instruct|Chat|Base|Preview|Vision|VL|Plus|Max|Lite|Flash|Ultra)$", RegexOptions.CultureInvariant)]
    private static partial Regex ReleaseName();

    [GeneratedRegex(@"^(?<family>[A-Za-z][A-Za-z\-]*?[A-Za-z])[-\s]?[vV]?\d+(?:\.\d+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionedName();

    /// <summary>The family a size names; the family node may be created for it.</summary>
    public static bool TryGetFamily(string name, out string family)
    {
        var m = SizedName().Match(name);
        family = m.Success ? m.Groups["family"].Value.TrimEnd('-', ' ') : "";
        return m.Success && family.Length >= 2;
    }

    /// <summary>
    /// The family a release suffix or a version number suggests (<c>GPT-4o-mini</c> → <c>GPT-4o</c>,
    /// <c>Claude 3.5</c> → <c>Claude</c>); linked only when that family is in the graph.
    /// </summary>
    public static bool TryGetVersionFamily(string name, out string family)
    {
        var m = ReleaseName().Match(name);
        if (m.Success)
        {
            family = m.Groups["family"].Value.TrimEnd('-', ' ');
            return family.Length >= 2;
        }
        m = VersionedName().Match(name);
        family = m.Success ? m.Groups["family"].Value.TrimEnd('-', ' ') : "";
        // "SD2" and "LLaVA-o1" are names, not versions of "SD" or "LLaVA-o".
        var lastPart = family[(family.LastIndexOfAny(['-', ' ']) + 1)..];
        return m.Success && family.Length >= 3 && lastPart.Length >= 2;
    }

    /// <summary>True for a bare size such as <c>7B</c> or <c>1.5T</c>: part of a model's name, never a name alone.</summary>
    public static bool IsSizeOnly(string text) => SizeOnly().IsMatch(text);

    [GeneratedRegex(@"^\d+(?:\.\d+)?[BMKT]$", RegexOptions.CultureInvariant)]
    private static partial Regex SizeOnly();

    /// <summary>The size or version that tells two variants apart (<c>8B</c>, <c>3.1</c>, <c>V2</c>), or null.</summary>
    public static string? VariantMark(string name)
    {
        var m = VariantMarkPattern().Match(name);
        return m.Success ? m.Value.TrimStart('-', ' ').ToLowerInvariant() : null;
    }

    [GeneratedRegex(@"[-\s]?(?:[vV]?\d+(?:\.\d+)*[BMKTbmkt]?)$|[-\s]\d+(?:\.\d+)?[BMKT](?=[-\s])", RegexOptions.CultureInvariant)]
    private static partial Regex VariantMarkPattern();
}
