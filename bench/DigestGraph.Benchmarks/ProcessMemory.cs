namespace DigestGraph.Benchmarks;

/// <summary>Resident memory of this process from /proc (Linux), with the peak reset between measurements.</summary>
internal static class ProcessMemory
{
    /// <summary>Resets VmHWM to the current resident size (writing 5 to clear_refs, Linux ≥ 4.0).</summary>
    public static void ResetPeak() => File.WriteAllText("/proc/self/clear_refs", "5");

    public static long ResidentBytes() => StatusKilobytes("VmRSS") * 1024;

    public static long PeakResidentBytes() => StatusKilobytes("VmHWM") * 1024;

    private static long StatusKilobytes(string field)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
                return long.Parse(line.AsSpan(field.Length + 1).Trim().TrimEnd("kB").Trim());
        return 0;
    }
}
