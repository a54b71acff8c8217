using System.Collections.Concurrent;
using DigestGraph.Extract;
using DigestGraph.Ingest;

namespace DigestGraph.Benchmarks;

/// <summary>
/// Wraps the extractor under test so that an entry it throws on is recorded (id, file and line, error) and counted as an
/// empty extraction instead of ending the run; the benchmark reports every such entry.
/// </summary>
internal sealed class FailureRecordingExtractor(IExtractor inner) : IExtractor
{
    private readonly ConcurrentDictionary<string, (SourceLocation Source, string Error)> _failures = new(StringComparer.Ordinal);

    public IReadOnlyList<(string Id, SourceLocation Source, string Error)> Failures =>
        _failures.Select(kv => (kv.Key, kv.Value.Source, kv.Value.Error)).OrderBy(f => f.Key, StringComparer.Ordinal).ToArray();

    public Type InnerType => inner.GetType();

    public PaperExtraction Extract(Paper paper)
    {
        try
        {
            return inner.Extract(paper);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _failures.TryAdd(paper.Id, (paper.Source, $"{e.GetType().Name}: {e.Message} {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}"));
            return new PaperExtraction(paper, [], [], [], null);
        }
    }
}
