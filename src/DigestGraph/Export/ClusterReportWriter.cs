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

    /// <summary>Clusters listed in full in clusters.md (clusters.json has every one).</summary>
    public const int ListedClusters = 100;
    /// <summary>Members of one-member clusters named in clusters.md.</summary>
    public const int ListedSingles = 50;

    // What is listed is said first: the communities of two or more members (the largest, past the limit), then the
    // papers or entities that are alone in theirs, by name, since a one-member community is no topic.
    private static void AppendClusters(StringBuilder md, string heading, IReadOnlyList<TopicCluster> clusters)
    {
        md.AppendLine($"## {heading}").AppendLine();
        var grouped = clusters.Where(c => c.Size > 1).ToArray();
        var singles = clusters.Where(c => c.Size == 1).ToArray();
        var papers = clusters.Count > 0 && clusters[0].Kind == ClusterKind.Papers;
        var (one, many) = papers ? ("paper", "papers") : ("entity", "entities");
        var listed = grouped.Take(ListedClusters).ToArray();
        var unlisted = grouped.Skip(ListedClusters).ToArray();
        md.Append(Invariant($"{clusters.Count} communities: "));
        md.Append(listed.Length == grouped.Length
            ? Invariant($"the {grouped.Length} with at least 2 {many} are listed below")
            : Invariant($"the {listed.Length} largest of the {grouped.Length} with at least 2 {many} are listed below; {unlisted.Length} smaller ones ({unlisted.Sum(c => c.Size)} {many}) are not"));
        if (singles.Length > 0)
            md.Append(Invariant($"; {singles.Length} {(singles.Length == 1 ? one + " is" : many + " are")} in no community with another {one} (each a community of one)"));
        md.AppendLine(". clusters.json lists every community and member.").AppendLine();
        foreach (var c in listed)
        {
            md.AppendLine($"### {c.Id}: {c.Label} ({c.Size} {many})").AppendLine();
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
        if (singles.Length == 0) return;
        var names = singles.Take(ListedSingles).Select(c => papers && c.RepresentativePapers.Count > 0
            ? $"{c.RepresentativePapers[0].Title} ({c.Members[0]})"
            : c.Entities.FirstOrDefault()?.Term ?? c.Members[0]);
        var more = singles.Length > ListedSingles ? Invariant($"; and {singles.Length - ListedSingles} more") : "";
        md.AppendLine($"{char.ToUpperInvariant(many[0])}{many[1..]} in no cluster ({singles.Length}): {string.Join("; ", names)}{more}").AppendLine();
    }

    private static string Terms(IEnumerable<LabelTerm> terms) =>
        string.Join(", ", terms.Select(t => Invariant($"{t.Term} ({t.Papers})")));

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
