using DigestGraph.Extract.Pipeline;

namespace DigestGraph.Extract.Stages;

/// <summary>The paper's topics and primary topic from its component (<see cref="RuleTopics"/> or a learned one).</summary>
public sealed class TopicStage(ITopicComponent component) : IExtractionStage
{
    public ITopicComponent Component { get; } = component;

    public void Run(PaperDocument document)
    {
        var (topics, primary) = Component.Classify(document);
        document.Topics = topics;
        document.PrimaryTopic = primary;
    }
}
