using Microsoft.ML.Data;

namespace DigestGraph.Extract.Topics;

/// <summary>One (paper, topic) pair as ML.NET trains on it: the features of <see cref="TopicWeights"/>'s layout and the label.</summary>
public sealed class TopicPairRow
{
    public bool Label { get; set; }
    public VBuffer<float> Features { get; set; }
}
