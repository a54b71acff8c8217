namespace DigestGraph.Analyse;

/// <summary>
/// One thread's accumulator for <see cref="PaperSimilarity"/>: similarity per candidate paper in an array sized by the
/// corpus (reset through the list of touched candidates), and the k best kept in a min-heap.
/// </summary>
internal sealed class SimilarityScratch(int papers, int k)
{
    private readonly double[] _score = new double[papers];
    private readonly List<int> _touched = [];
    private readonly PriorityQueue<int, (double, int, int)> _best = new(k);

    public void Add(int paper, double weight)
    {
        if (_score[paper] == 0) _touched.Add(paper);
        _score[paper] += weight;
    }

    /// <summary>
    /// The k highest scores divided by both papers' norms (the cosine), highest first; ties go to the paper nearest in
    /// the random order <paramref name="rank"/>, so that papers alike in everything spread their edges rather than all
    /// choosing the same few. Clears the scores for the next paper.
    /// </summary>
    public (int Paper, double Similarity)[] TakeNearest(int paper, double[] norm, int[] rank)
    {
        foreach (var q in _touched)
        {
            _score[q] /= norm[paper] * norm[q];
            // The heap's minimum is the weakest kept: lowest score, then farthest in rank, then highest index.
            var priority = (_score[q], -Math.Abs(rank[q] - rank[paper]), -q);
            if (_best.Count < k) _best.Enqueue(q, priority);
            else if (_best.TryPeek(out _, out var weakest) && priority.CompareTo(weakest) > 0) _best.EnqueueDequeue(q, priority);
        }
        var result = new (int, double)[_best.Count];
        for (var i = result.Length - 1; i >= 0; i--)
        {
            var q = _best.Dequeue();
            result[i] = (q, _score[q]);
        }
        foreach (var q in _touched) _score[q] = 0;
        _touched.Clear();
        return result;
    }
}
