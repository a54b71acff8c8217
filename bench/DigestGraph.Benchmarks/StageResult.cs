namespace DigestGraph.Benchmarks;

/// <summary>What one benchmark stage measured. <see cref="CpuTime"/> is the process's processor time over the stage, all threads.</summary>
internal sealed record StageResult(string Name, int Entries, TimeSpan Elapsed, TimeSpan CpuTime, long PeakWorkingSetBytes, long PeakManagedBytes, bool PeakIsPerStage)
{
    public double EntriesPerSecond => Entries / Elapsed.TotalSeconds;

    /// <summary>Bytes the process allocated over the stage (all threads), when the stage measured them.</summary>
    public long? AllocatedBytes { get; init; }

    public double CpuMicrosecondsPerEntry => CpuTime.TotalMicroseconds / Entries;

    public double? AllocatedKibPerEntry => AllocatedBytes / 1024.0 / Entries;
}
