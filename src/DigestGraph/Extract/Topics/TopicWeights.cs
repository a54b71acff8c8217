namespace DigestGraph.Extract.Topics;

/// <summary>
/// One linear scorer of (paper, topic) pairs, as trained: the dense features' weights (shared by every topic), then one
/// bias per topic, then one weight per vocabulary token and topic (token-major, so a token's weights are one row).
/// </summary>
public sealed class TopicWeights(float[] values, float bias)
{
    public float[] Values { get; } = values;
    public float Bias { get; } = bias;

    public static int Length(int topicCount, int vocabularySize) => TopicFeaturizer.DenseCount + topicCount + vocabularySize * topicCount;
}
