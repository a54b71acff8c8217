using System.Text.Json.Serialization;

namespace DigestGraph.Export.Report;

/// <summary>
/// A labelled topic cluster of papers (<see cref="OfPapers"/>: members are paper ids) or of entities (members are
/// entity keys); representative papers are paper ids, key models, benchmarks and methods entity keys. The page data
/// carries it without its members (they can run into the corpus's size; clusters.json lists them).
/// </summary>
internal sealed record ReportCluster(
    string Id,
    [property: JsonIgnore] bool OfPapers,
    string Label,
    int Size,
    [property: JsonIgnore] IReadOnlyList<string> Members,
    IReadOnlyList<string> RepresentativePapers,
    IReadOnlyList<string> KeyModels,
    IReadOnlyList<string> KeyBenchmarks,
    IReadOnlyList<string> KeyMethods)
{
    /// <summary>What <see cref="Members"/> holds, as the page reads it: "papers" or "entities".</summary>
    public string Kind => OfPapers ? "papers" : "entities";
}
