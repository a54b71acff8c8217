using System.Reflection;
using System.Text.Json.Nodes;

namespace DigestGraph.Extract;

/// <summary>Opens the data files embedded under <c>src/DigestGraph/Data/</c> (logical name <c>DigestGraph.Data.&lt;path&gt;</c>).</summary>
internal static class EmbeddedData
{
    public static readonly Assembly Assembly = typeof(EmbeddedData).Assembly;

    public static string ResourceName(string relativePath) => "DigestGraph.Data." + relativePath;

    public static Stream Open(string relativePath) =>
        Assembly.GetManifestResourceStream(ResourceName(relativePath))
        ?? throw new InvalidOperationException($"embedded data file '{relativePath}' is missing from the build");

    public static IEnumerable<string> ResourcesUnder(string folder) =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("DigestGraph.Data." + folder + "/", StringComparison.Ordinal))
            .Select(n => n["DigestGraph.Data.".Length..])
            .Order(StringComparer.Ordinal);

    public static JsonNode ReadJson(string relativePath)
    {
        using var stream = Open(relativePath);
        return JsonNode.Parse(stream, documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })
            ?? throw new InvalidOperationException($"embedded data file '{relativePath}' is empty");
    }

    public static IReadOnlyList<string> ReadStrings(string relativePath, string key) =>
        (ReadJson(relativePath)[key]?.AsArray() ?? []).Select(n => (string?)n).OfType<string>().ToArray();
}
