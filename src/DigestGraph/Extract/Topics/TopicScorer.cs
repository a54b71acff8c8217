using System.Numerics;

namespace DigestGraph.Extract.Topics;

/// <summary>
/// Both scorers of a topic model laid out for inference: each word's membership and primary weights of every topic in
/// one row, padded to whole SIMD vectors, so a word costs one look-up and a few vector additions.
/// </summary>
public sealed class TopicScorer
{
    private readonly TopicWeights _member;
    private readonly TopicWeights _primary;
    private readonly int _topicCount;
    // Topics padded to a whole number of vectors; a row is the member weights then the primary weights.
    private readonly int _padded;
    private readonly float[] _rows;

    public TopicScorer(TopicWeights member, TopicWeights primary, int topicCount)
    {
        _member = member;
        _primary = primary;
        _topicCount = topicCount;
        _padded = (topicCount + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        var first = TopicFeaturizer.DenseCount + topicCount;
        var words = (member.Values.Length - first) / topicCount;
        _rows = new float[words * 2 * _padded];
        for (var word = 0; word < words; word++)
        {
            member.Values.AsSpan(first + word * topicCount, topicCount).CopyTo(_rows.AsSpan(word * 2 * _padded));
            primary.Values.AsSpan(first + word * topicCount, topicCount).CopyTo(_rows.AsSpan(word * 2 * _padded + _padded));
        }
    }

    /// <summary>Every topic's membership and primary score (logits) from the paper's dense features and distinct word ids.</summary>
    public (float[] Member, float[] Primary) Scores(float[] dense, ReadOnlySpan<int> wordIds)
    {
        var sums = new float[2 * _padded];
        var stride = 2 * _padded;
        var width = Vector<float>.Count;
        foreach (var id in wordIds)
        {
            var row = _rows.AsSpan(id * stride, stride);
            for (var i = 0; i < stride; i += width)
                (new Vector<float>(sums.AsSpan(i)) + new Vector<float>(row[i..])).CopyTo(sums.AsSpan(i));
        }
        var member = new float[_topicCount];
        var primary = new float[_topicCount];
        for (var t = 0; t < _topicCount; t++)
        {
            member[t] = sums[t] + Dense(_member, dense, t);
            primary[t] = sums[_padded + t] + Dense(_primary, dense, t);
        }
        return (member, primary);
    }

    private float Dense(TopicWeights weights, float[] dense, int topic)
    {
        const int d = TopicFeaturizer.DenseCount;
        var w = weights.Values;
        var f = dense.AsSpan(topic * d, d);
        var s = weights.Bias + w[d + topic];
        for (var i = 0; i < d; i++) s += w[i] * f[i];
        return s;
    }
}
