using DigestGraph.Extract;
using DigestGraph.Ingest;

namespace DigestGraph.Tests.Extract;

/// <summary>
/// Runs an extractor on a hand-written entry: <see cref="Extractor"/> is the rules alone (the unit tests of each rule read
/// it), <see cref="Shipped"/> the rules with the shipped model (the seed gate, the spec files, bad input).
/// </summary>
internal static class ExtractorHarness
{
    public static readonly IExtractor Extractor = Extractors.RuleOnly();
    public static readonly IExtractor Shipped = Extractors.Default();

    public static Paper Paper(string title, string abstractText, string? translatedTitle = null, string id = "2401.00001") =>
        new(id, title, translatedTitle, "https://arxiv.org/abs/" + id, abstractText, [], new SourceLocation("test.md", 1));

    public static PaperExtraction Extract(string title, string abstractText, string? translatedTitle = null) =>
        Extractor.Extract(Paper(title, abstractText, translatedTitle));

    public static ExtractedEntity Entity(this PaperExtraction x, string name) =>
        x.Entities.SingleOrDefault(e => NameFolding.Fold(e.Name) == NameFolding.Fold(name) || e.Aliases.Any(a => NameFolding.Fold(a) == NameFolding.Fold(name)))
        ?? throw new Xunit.Sdk.XunitException($"no entity '{name}' among: {string.Join(", ", x.Entities.Select(e => e.Name))}");

    public static bool Has(this PaperExtraction x, RelationType type, string source, string target) =>
        x.Relations.Any(r => r.Type == type && NameFolding.Fold(r.Source) == NameFolding.Fold(source) && NameFolding.Fold(r.Target) == NameFolding.Fold(target));

    public static string Describe(this PaperExtraction x) =>
        string.Join("; ", x.Relations.Select(r => $"{r.Type.Name()} {r.Source}->{r.Target}"));
}
