using DigestGraph.Extract.Pipeline;
using DigestGraph.Extract.Topics;

namespace DigestGraph.Extract.Stages;

/// <summary>The taxonomy's cue-term rules (<see cref="TopicClassifier"/>) as the topic stage's component.</summary>
public sealed class RuleTopics(TopicClassifier classifier) : ITopicComponent
{
    public (IReadOnlyList<string> Topics, string? Primary) Classify(PaperDocument document) =>
        classifier.Classify(document.Title, document.TranslatedTitle, document.Text, document.FrozenEntities, document.OwnEntity);
}
