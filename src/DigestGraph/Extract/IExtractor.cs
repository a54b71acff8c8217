using DigestGraph.Ingest;

namespace DigestGraph.Extract;

/// <summary>Turns a paper into entities, relations and topics. Implementations are thread-safe.</summary>
public interface IExtractor
{
    PaperExtraction Extract(Paper paper);
}
