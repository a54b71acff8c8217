namespace DigestGraph.Extract.Topics;

/// <summary>
/// Both scorers of a topic model laid out for inference: each word's non-zero membership and primary weights in one
/// sparse row (few words weigh for more than a few topics, and the dense rows did not fit in the cache), so a word costs
/// one look-up and a handful of additions, done in the same order as over the dense weights (the scores are the same).
/// </summary>
public sealed class TopicScorer
{
    private readonly TopicWeights _member;
    private readonly TopicWeights _primary;
    private readonly int _topicCount;
    // Word w's weights are _weights[_rowStarts[w].._rowStarts[w + 1]]; a slot is a topic (membership) or topicCount + topic (primary).
    // Slot and weight side by side: a word's row is one cache miss rather than one in each of two arrays.
    private readonly int[] _rowStarts;
    private readonly (int Slot, float Weight)[] _weights;

    public TopicScorer(TopicWeights member, TopicWeights primary, int topicCount)
    {
        _member = member;
        _primary = primary;
        _topicCount = topicCount;
        var first = TopicFeaturizer.DenseCount + topicCount;
        var words = (member.Values.Length - first) / topicCount;
        var nonZero = 0;
        for (var i = first; i < member.Values.Length; i++)
        {
            if (member.Values[i] != 0) nonZero++;
            if (primary.Values[i] != 0) nonZero++;
        }
        _rowStarts = new int[words + 1];
        _weights = new (int, float)[nonZero];
        var n = 0;
        for (var word = 0; word < words; word++)
        {
            _rowStarts[word] = n;
            var row = first + word * topicCount;
            for (var t = 0; t < topicCount; t++)
                if (member.Values[row + t] is var w and not 0) _weights[n++] = (t, w);
            for (var t = 0; t < topicCount; t++)
                if (primary.Values[row + t] is var w and not 0) _weights[n++] = (topicCount + t, w);
        }
        _rowStarts[words] = n;
    }

    /// <summary>Every topic's membership and primary score (logits) from the paper's dense features and distinct word ids.</summary>
    public (float[] Member, float[] Primary) Scores(ReadOnlySpan<float> dense, ReadOnlySpan<int> wordIds)
    {
        Span<float> sums = stackalloc float[2 * _topicCount];
        sums.Clear();
        foreach (var id in wordIds)
            foreach (var (slot, weight) in _weights.AsSpan(_rowStarts[id].._rowStarts[id + 1]))
                sums[slot] += weight;
        var member = new float[_topicCount];
        var primary = new float[_topicCount];
        for (var t = 0; t < _topicCount; t++)
        {
            member[t] = sums[t] + Dense(_member, dense, t);
            primary[t] = sums[_topicCount + t] + Dense(_primary, dense, t);
        }
        return (member, primary);
    }

    private float Dense(TopicWeights weights, ReadOnlySpan<float> dense, int topic)
    {
        const int d = TopicFeaturizer.DenseCount;
        var w = weights.Values;
        var f = dense.Slice(topic * d, d);
        var s = weights.Bias + w[d + topic];
        for (var i = 0; i < d; i++) s += w[i] * f[i];
        return s;
    }
}
