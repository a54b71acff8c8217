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

/// <summary>A share of hits among trials (result accuracy, primary-topic accuracy).</summary>
public readonly record struct Ratio(int Hits, int Total)
{
    /// <summary>The share; 1 when there was nothing to judge.</summary>
    public double Value => Total == 0 ? 1 : (double)Hits / Total;

    public static Ratio operator +(Ratio a, Ratio b) => new(a.Hits + b.Hits, a.Total + b.Total);
}
