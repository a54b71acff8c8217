namespace DigestGraph.Extract.Quantities;

/// <summary>A quantity being assembled: the number as written and the factor its unit word scales it by.</summary>
internal readonly record struct QuantityCandidate(double Number, double Factor, string Unit, int Start, int End)
{
    private const double DecimalSafeLimit = 1e27;

    public double? Height { get; init; }

    public Quantity ToQuantity(string text) =>
        new(Scaled(), Unit, Start, End - Start, text[Start..End]) { Height = Height };

    // Decimal keeps 2.7 × 1e9 at exactly 2,700,000,000 instead of a binary rounding neighbour.
    private double Scaled() =>
        Math.Abs(Number) * Math.Max(Factor, 1) < DecimalSafeLimit
            ? (double)((decimal)Number * (decimal)Factor)
            : Number * Factor;
}
