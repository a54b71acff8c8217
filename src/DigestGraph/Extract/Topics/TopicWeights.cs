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

    /// <summary>Every topic's score (a logit) from the paper's dense features and its distinct token ids.</summary>
    public float[] Scores(float[] dense, ReadOnlySpan<int> tokenIds, int topicCount)
    {
        const int d = TopicFeaturizer.DenseCount;
        var scores = new float[topicCount];
        var w = Values.AsSpan();
        for (var t = 0; t < topicCount; t++)
        {
            var f = dense.AsSpan(t * d, d);
            var s = Bias + w[d + t];
            for (var i = 0; i < d; i++) s += w[i] * f[i];
            scores[t] = s;
        }
        var rows = d + topicCount;
        foreach (var id in tokenIds)
        {
            var row = w.Slice(rows + id * topicCount, topicCount);
            for (var t = 0; t < topicCount; t++) scores[t] += row[t];
        }
        return scores;
    }
}
