using System.Diagnostics;

namespace DigestGraph.Benchmarks;

/// <summary>Prints "stage: done/total" to stderr at most every couple of seconds, safe to advance from several threads.</summary>
internal sealed class ProgressLine(string stage, long? total, string unit) : IProgress<int>
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private long _done;
    private TimeSpan _lastPrinted;

    public void Advance(long by = 1) => Show(Interlocked.Add(ref _done, by));

    public void Report(int value) => Report((long)value);

    public void Report(long done)
    {
        Interlocked.Exchange(ref _done, done);
        Show(done);
    }

    public void Finish() => Print(Interlocked.Read(ref _done));

    private void Show(long done)
    {
        if (_clock.Elapsed - _lastPrinted < Interval) return;
        lock (_gate)
        {
            if (_clock.Elapsed - _lastPrinted < Interval) return;
            _lastPrinted = _clock.Elapsed;
            Print(done);
        }
    }

    private void Print(long done) =>
        Console.Error.WriteLine(total is > 0
            ? $"  {stage}: {done:N0}/{total:N0} {unit} ({100.0 * done / total.Value:F0}%, {_clock.Elapsed.TotalSeconds:F1} s)"
            : $"  {stage}: {done:N0} {unit} ({_clock.Elapsed.TotalSeconds:F1} s)");
}
