namespace DigestGraph.Extract.Quantities;

/// <summary>The fixed unit vocabulary of <see cref="Quantity.Unit"/>; the data file maps unit words onto these.</summary>
public static class QuantityUnits
{
    public const string Percent = "%";
    public const string PercentagePoints = "pp";
    public const string Multiple = "x";
    public const string Count = "count";
    public const string Bits = "bit";
    public const string Pixels = "px";
    public const string Seconds = "s";
    public const string FramesPerSecond = "fps";
    public const string TokensPerSecond = "tokens/s";
    public const string Elo = "elo";
    public const string None = "";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Percent, PercentagePoints, Multiple, Count, Bits, Pixels, Seconds, FramesPerSecond, TokensPerSecond, Elo, None,
    };
}
