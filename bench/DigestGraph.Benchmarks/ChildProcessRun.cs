using System.Diagnostics;

namespace DigestGraph.Benchmarks;

/// <summary>A command run as a child process: wall time, and its peak resident memory read from /proc while it runs.</summary>
internal sealed record ChildProcessRun(TimeSpan Elapsed, long PeakResidentBytes, int ExitCode)
{
    public static ChildProcessRun Start(string fileName, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {fileName}");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        long peak = 0;
        while (!process.WaitForExit(100)) peak = Math.Max(peak, PeakOf(process.Id));
        clock.Stop();
        return new ChildProcessRun(clock.Elapsed, peak, process.ExitCode);
    }

    /// <summary>VmHWM of a live process (0 once it has gone).</summary>
    private static long PeakOf(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim()) * 1024;
        }
        catch (IOException) { }
        return 0;
    }
}
