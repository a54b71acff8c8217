namespace DigestGraph.Extract.Evaluation;

/// <summary>A share of hits among trials (result accuracy, primary-topic accuracy).</summary>
public readonly record struct Ratio(int Hits, int Total)
{
    /// <summary>The share; 1 when there was nothing to judge.</summary>
    public double Value => Total == 0 ? 1 : (double)Hits / Total;

    public static Ratio operator +(Ratio a, Ratio b) => new(a.Hits + b.Hits, a.Total + b.Total);
}
