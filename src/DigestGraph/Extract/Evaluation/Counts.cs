namespace DigestGraph.Extract.Evaluation;

/// <summary>True positives, false positives and false negatives of one measure, with the derived figures.</summary>
public readonly record struct Counts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>F1; 1 when there was nothing to find and nothing was found.</summary>
    public double F1 => TruePositives + FalsePositives + FalseNegatives == 0
        ? 1
        : 2.0 * TruePositives / (2.0 * TruePositives + FalsePositives + FalseNegatives);

    public static Counts operator +(Counts a, Counts b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
}
