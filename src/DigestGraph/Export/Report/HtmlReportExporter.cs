using DigestGraph.Graph;

namespace DigestGraph.Export.Report;

/// <summary>
/// The report as one more export format, so that a build writes report.html together with its other files, all or
/// nothing (<see cref="GraphFileWriter"/>).
/// </summary>
internal sealed class HtmlReportExporter(ReportAnalysis? analysis) : IGraphExporter
{
    public string FileName => HtmlReportWriter.FileName;

    public void Write(KnowledgeGraph graph, Stream output) => HtmlReportWriter.Render(ReportDataBuilder.Build(graph, analysis), output);
}
