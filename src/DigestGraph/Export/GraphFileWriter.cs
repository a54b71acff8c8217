using DigestGraph.Graph;

namespace DigestGraph.Export;

/// <summary>Writes a graph in several formats into one directory, all or nothing (<see cref="StagedFileWriter"/>).</summary>
internal sealed class GraphFileWriter(IReadOnlyList<IGraphExporter> exporters)
{
    public IReadOnlyList<IGraphExporter> Exporters { get; } = exporters;

    /// <summary>Writes every format; returns the full paths written, in exporter order.</summary>
    public IReadOnlyList<string> WriteAll(KnowledgeGraph graph, string directory) =>
        StagedFileWriter.WriteAll(directory, Files(graph));

    /// <summary>The formats as staged files, for a caller that writes them together with files of its own.</summary>
    public IEnumerable<StagedFile> Files(KnowledgeGraph graph) =>
        Exporters.Select(e => new StagedFile(e.FileName, stream => e.Write(graph, stream)));
}
