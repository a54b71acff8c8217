namespace DigestGraph.Analyse;

/// <summary>
/// Normalised mutual information between two labellings of the same items, NMI = I(A;B) / ((H(A) + H(B)) / 2) with
/// natural logarithms — the arithmetic-mean normalisation, scikit-learn's default. Two single-label labellings agree fully (1).
/// </summary>
internal static class MutualInformation
{
    public static double Normalized<TA, TB>(IReadOnlyList<TA> a, IReadOnlyList<TB> b) where TA : notnull where TB : notnull
    {
        if (a.Count != b.Count) throw new ArgumentException($"Labellings differ in length: {a.Count} and {b.Count}.", nameof(b));
        var n = a.Count;
        if (n == 0) return 1;
        var countA = new Dictionary<TA, int>();
        var countB = new Dictionary<TB, int>();
        var joint = new Dictionary<(TA, TB), int>();
        for (var i = 0; i < n; i++)
        {
            countA[a[i]] = countA.GetValueOrDefault(a[i]) + 1;
            countB[b[i]] = countB.GetValueOrDefault(b[i]) + 1;
            joint[(a[i], b[i])] = joint.GetValueOrDefault((a[i], b[i])) + 1;
        }
        if (countA.Count == 1 && countB.Count == 1) return 1;
        var hA = Entropy(countA.Values, n);
        var hB = Entropy(countB.Values, n);
        var mi = 0.0;
        foreach (var ((x, y), nxy) in joint)
            mi += (double)nxy / n * Math.Log((double)nxy * n / ((double)countA[x] * countB[y]));
        var mean = (hA + hB) / 2;
        return mean <= 0 ? 0 : Math.Max(0, mi) / mean;
    }

    private static double Entropy(IEnumerable<int> counts, int n) =>
        -counts.Sum(c => (double)c / n * Math.Log((double)c / n));
}
