using DigestGraph.Graph;
using DigestGraph.Progress;

namespace DigestGraph.Export.Report;

/// <summary>
/// The report as one more export format, so that a build writes report.html together with its other files, all or
/// nothing (<see cref="GraphFileWriter"/>). Progress goes to the stage "report".
/// </summary>
internal sealed class HtmlReportExporter(ReportAnalysis? analysis, IProgress<StageProgress>? progress = null) : IGraphExporter
{
    public string FileName => HtmlReportWriter.FileName;

    public void Write(KnowledgeGraph graph, Stream output) => HtmlReportWriter.Render(graph, analysis, output, progress);
}
