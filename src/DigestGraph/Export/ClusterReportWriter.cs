using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using DigestGraph.Analyse;

namespace DigestGraph.Export;

/// <summary>
/// Writes an analysis as <c>clusters.md</c> (for people) and <c>clusters.json</c> (for programs), both or neither
/// (<see cref="StagedFileWriter"/>).
/// </summary>
internal static class ClusterReportWriter
{
    public const string MarkdownFileName = "clusters.md";
    public const string JsonFileName = "clusters.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Writes both files into <paramref name="directory"/> (created if missing) and returns their paths.</summary>
    public static IReadOnlyList<string> Write(ClusterAnalysisResult result, string directory, TopicAgreement? agreement = null) =>
        StagedFileWriter.WriteAll(directory, Files(result, agreement));

    /// <summary>Both files as staged files, for a caller that writes them together with files of its own.</summary>
    public static IEnumerable<StagedFile> Files(ClusterAnalysisResult result, TopicAgreement? agreement = null) =>
    [
        new(MarkdownFileName, stream => WriteText(stream, ToMarkdown(result, agreement))),
        new(JsonFileName, stream => WriteText(stream, ToJson(result, agreement))),
    ];

    private static void WriteText(Stream stream, string text)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        writer.Write(text);
    }

    public static string ToJson(ClusterAnalysisResult result, TopicAgreement? agreement = null) =>
        JsonSerializer.Serialize(new
        {
            options = new { result.Options.Resolution, result.Options.Seed, EntityWeighting = result.Options.EntityWeighting.ToString() },
            paperGraph = result.PaperGraph,
            entityGraph = result.EntityGraph,
            agreement,
            paperClusters = result.PaperClusters,
            entityClusters = result.EntityClusters,
            papers = result.Papers,
            entities = result.Entities,
        }, Json) + "\n";

    public static string ToMarkdown(ClusterAnalysisResult result, TopicAgreement? agreement = null)
    {
        var md = new StringBuilder();
        md.AppendLine("# Topic clusters").AppendLine();
        md.AppendLine(Invariant($"Leiden communities, resolution {result.Options.Resolution}, seed {result.Options.Seed}."));
        md.AppendLine();
        AppendSummary(md, "Paper similarity", result.PaperGraph);
        AppendSummary(md, $"Entity co-occurrence ({result.Options.EntityWeighting})", result.EntityGraph);
        if (agreement is not null)
            md.AppendLine(Invariant($"Agreement with gold primary topics over {agreement.Papers} papers ({agreement.GoldTopics} topics, {agreement.Clusters} clusters): NMI {agreement.NormalizedMutualInformation:F3} (arithmetic-mean normalisation; the same cluster sizes dealt at random score {agreement.ChanceBaseline:F3}), modularity {agreement.Modularity:F3}.")).AppendLine();

        AppendClusters(md, "Paper clusters", result.PaperClusters);
        AppendClusters(md, "Entity clusters", result.EntityClusters);
        return md.ToString();
    }

    private static void AppendSummary(StringBuilder md, string name, ProjectionSummary s)
    {
        var levels = string.Join(" → ", s.Levels.Select(l => Invariant($"{l.Communities} (Q {l.Modularity:F3})")));
        md.AppendLine(Invariant($"- **{name}**: {s.Nodes} nodes, {s.Edges} edges, {s.Components} components; {s.Communities} communities, modularity {s.Modularity:F4}; levels {levels}{(s.BetweennessSampled ? "; betweenness sampled" : "")}."));
        md.AppendLine();
    }

    // Clusters of one node are listed in a single line: each is an isolated paper or entity, not a topic.
    private static void AppendClusters(StringBuilder md, string heading, IReadOnlyList<TopicCluster> clusters)
    {
        md.AppendLine($"## {heading}").AppendLine();
        foreach (var c in clusters.Where(c => c.Size > 1))
        {
            md.AppendLine($"### {c.Id}: {c.Label} ({c.Size} {(c.Kind == ClusterKind.Papers ? "papers" : "entities")})").AppendLine();
            if (c.Topics.Count > 0) md.AppendLine($"- Topics: {Terms(c.Topics)}");
            if (c.Entities.Count > 0) md.AppendLine($"- Characteristic entities: {Terms(c.Entities)}");
            if (c.KeyModels.Count > 0) md.AppendLine($"- Models: {string.Join(", ", c.KeyModels)}");
            if (c.KeyBenchmarks.Count > 0) md.AppendLine($"- Benchmarks and datasets: {string.Join(", ", c.KeyBenchmarks)}");
            if (c.KeyMethods.Count > 0) md.AppendLine($"- Methods: {string.Join(", ", c.KeyMethods)}");
            if (c.RepresentativePapers.Count > 0)
            {
                md.AppendLine("- Representative papers:");
                foreach (var p in c.RepresentativePapers) md.AppendLine($"  - {p.Title} ({p.Id})");
            }
            md.AppendLine();
        }
        var singles = clusters.Where(c => c.Size == 1).ToArray();
        if (singles.Length > 0)
            md.AppendLine($"Unclustered ({singles.Length}): {string.Join("; ", singles.Select(c => c.Label))}").AppendLine();
    }

    private static string Terms(IEnumerable<LabelTerm> terms) =>
        string.Join(", ", terms.Select(t => Invariant($"{t.Term} ({t.Papers})")));

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
