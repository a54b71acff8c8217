using System.Globalization;
using DigestGraph.Progress;

namespace DigestGraph.Cli.Progress;

/// <summary>An amount of progress as people read it: items as a count, bytes in MiB.</summary>
public static class ProgressAmount
{
    private const double Mebibyte = 1024 * 1024;

    public static string Format(double value, ProgressUnit unit) => unit == ProgressUnit.Bytes
        ? (value / Mebibyte).ToString("N1", CultureInfo.CurrentCulture) + " MiB"
        : value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>A rate per second: items to a tenth, bytes in MiB.</summary>
    public static string Rate(double perSecond, ProgressUnit unit) =>
        (unit == ProgressUnit.Bytes ? Format(perSecond, unit) : perSecond.ToString("N1", CultureInfo.CurrentCulture)) + "/s";

    /// <summary>"done/total", the unit once at the end.</summary>
    public static string Format(double done, double total, ProgressUnit unit) => unit == ProgressUnit.Bytes
        ? $"{(done / Mebibyte).ToString("N1", CultureInfo.CurrentCulture)}/{Format(total, unit)}"
        : $"{Format(done, unit)}/{Format(total, unit)}";

    /// <summary>Spectre task state key under which a live bar keeps its unit.</summary>
    public const string UnitKey = "unit";
}
