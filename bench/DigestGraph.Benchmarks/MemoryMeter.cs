using System.Diagnostics;

namespace DigestGraph.Benchmarks;

/// <summary>
/// Peak memory and processor time of one stage: the process's peak working set (reset per stage on Linux through
/// /proc/self/clear_refs) and the largest managed heap seen by a sampler thread.
/// </summary>
internal sealed class MemoryMeter : IDisposable
{
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(20);

    private readonly Thread _sampler;
    private volatile bool _stopped;
    private long _peakManaged;

    private readonly TimeSpan _cpuAtStart = CpuTime();
    private readonly long _allocatedAtStart = GC.GetTotalAllocatedBytes(precise: true);

    private MemoryMeter()
    {
        _sampler = new Thread(Sample) { IsBackground = true, Name = "memory sampler" };
        _sampler.Start();
    }

    /// <summary>Whether the peak working set could be reset, i.e. stands for this stage rather than the whole run.</summary>
    public bool PeakIsPerStage { get; private init; }

    /// <summary>Collects garbage left by earlier stages, resets the peak and starts sampling.</summary>
    public static MemoryMeter Start()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return new MemoryMeter { PeakIsPerStage = TryResetPeak() };
    }

    public long PeakManagedBytes => Math.Max(Interlocked.Read(ref _peakManaged), GC.GetTotalMemory(false));

    /// <summary>VmHWM from /proc where there is one, else the runtime's lifetime peak.</summary>
    public static long PeakWorkingSetBytes
    {
        get
        {
            if (OperatingSystem.IsLinux()) return ProcessMemory.PeakResidentBytes();
            using var process = Process.GetCurrentProcess();
            return process.PeakWorkingSet64;
        }
    }

    /// <summary>Processor time the process used since <see cref="Start"/> (all threads; on a shared machine, wall time can be far longer).</summary>
    public TimeSpan CpuTimeSinceStart => CpuTime() - _cpuAtStart;

    /// <summary>Bytes allocated on the managed heap since <see cref="Start"/>, all threads (the sampler allocates nothing).</summary>
    public long AllocatedBytesSinceStart => GC.GetTotalAllocatedBytes(precise: true) - _allocatedAtStart;

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    public void Dispose()
    {
        _stopped = true;
        _sampler.Join();
    }

    private void Sample()
    {
        while (!_stopped)
        {
            var managed = GC.GetTotalMemory(false);
            if (managed > Interlocked.Read(ref _peakManaged)) Interlocked.Exchange(ref _peakManaged, managed);
            Thread.Sleep(SampleInterval);
        }
    }

    private static bool TryResetPeak()
    {
        try
        {
            ProcessMemory.ResetPeak();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }
}
