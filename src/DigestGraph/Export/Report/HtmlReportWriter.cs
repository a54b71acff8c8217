using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using DigestGraph.Export.Report.PageModel;
using DigestGraph.Graph;
using DigestGraph.Progress;

namespace DigestGraph.Export.Report;

/// <summary>
/// Writes the report: one self-contained HTML page (script, style, visualisation library and data inlined; nothing is
/// fetched when it is viewed). The data goes in as JSON with &lt;, &gt; and &amp; escaped; the page renders it as text.
/// </summary>
internal static partial class HtmlReportWriter
{
    public const string FileName = "report.html";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Escapes HTML-sensitive characters (<, >, &, ', +) as \uXXXX while keeping CJK text readable.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Placeholder();

    /// <summary>Writes the page to <paramref name="path"/> (a temporary file replaces it only once complete).</summary>
    public static void Write(KnowledgeGraph graph, ReportAnalysis? analysis, string path, IProgress<StageProgress>? progress = null)
    {
        var full = Path.GetFullPath(path);
        StagedFileWriter.WriteAll(Path.GetDirectoryName(full)!,
            [new StagedFile(Path.GetFileName(full), stream => Render(graph, analysis, stream, progress))]);
    }

    /// <summary>Selects what the page shows and renders it, reporting the two steps to the stage "report".</summary>
    public static void Render(KnowledgeGraph graph, ReportAnalysis? analysis, Stream output, IProgress<StageProgress>? progress)
    {
        const string stage = "report";
        progress?.Report(new StageProgress(stage, 0, 2));
        var data = ReportDataBuilder.Build(graph, analysis);
        progress?.Report(new StageProgress(stage, 1, 2));
        Render(data, output);
        progress?.Report(StageProgress.Finished(stage, 2));
    }

    /// <summary>Renders the page for <paramref name="data"/> as UTF-8 into <paramref name="output"/>.</summary>
    public static void Render(ReportData data, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        var template = ReportAssets.Template;
        var at = 0;
        foreach (Match m in Placeholder().Matches(template))
        {
            writer.Write(template.AsSpan(at, m.Index - at));
            at = m.Index + m.Length;
            switch (m.Groups[1].Value)
            {
                case "style": writer.Write(ReportAssets.Style); break;
                case "library": writer.Write(ReportAssets.Library); break;
                case "script": writer.Write(ReportAssets.Script); break;
                case "data":
                    writer.Flush();
                    JsonSerializer.Serialize(output, data, JsonOptions);
                    break;
                default: throw new InvalidOperationException($"report.html: unknown placeholder {m.Value}");
            }
        }
        writer.Write(template.AsSpan(at));
    }
}
