using DigestGraph.Graph;

namespace DigestGraph.Export;

/// <summary>Writes a whole graph in one file format.</summary>
public interface IGraphExporter
{
    /// <summary>The file name this format is written to in the output directory, e.g. <c>graph.json</c>.</summary>
    string FileName { get; }

    void Write(KnowledgeGraph graph, Stream output);
}
