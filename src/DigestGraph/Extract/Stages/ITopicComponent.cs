using DigestGraph.Extract.Pipeline;

namespace DigestGraph.Extract.Stages;

/// <summary>
/// What the topic stage asks: the paper's topics (taxonomy names) and its primary topic, read from the document (titles,
/// text, the final entities). The rules implement it today; a learned classifier may instead.
/// </summary>
public interface ITopicComponent
{
    (IReadOnlyList<string> Topics, string? Primary) Classify(PaperDocument document);
}
