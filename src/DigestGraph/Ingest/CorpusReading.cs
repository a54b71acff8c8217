using DigestGraph.Progress;

namespace DigestGraph.Ingest;

/// <summary>
/// A read in progress, taken once: <see cref="Papers"/> yields the papers kept, in input order, while later pieces are
/// still being parsed; <see cref="Result"/> is the whole read once every paper has been taken.
/// </summary>
public sealed class CorpusReading
{
    private const string Stage = "read";

    private readonly IEnumerable<ReadChunk> _chunks;
    private readonly bool _strict;
    private readonly CategoryFilter? _categories;
    private readonly IProgress<StageProgress>? _progress;
    private readonly long _totalBytes;
    private readonly PaperCollector _collector = new();
    private long _lines;
    private long _outside;
    private long _bytes;
    private bool _started;
    private bool _finished;

    internal CorpusReading(IEnumerable<ReadChunk> chunks, bool strict, CategoryFilter? categories, IProgress<StageProgress>? progress, long totalBytes)
    {
        _chunks = chunks;
        _strict = strict;
        _categories = categories;
        _progress = progress;
        _totalBytes = totalBytes;
        Report(completed: false);
    }

    /// <summary>
    /// The papers kept, in input order: the first enumeration reads the corpus, a later one replays what was read.
    /// Two enumerations at once are refused, since the second would see only part of the corpus.
    /// </summary>
    /// <exception cref="IngestException">In strict mode, on the first bad entry in input order.</exception>
    public IEnumerable<Paper> Papers => Collect();

    /// <summary>The papers kept, the problems of everything skipped, in input order, and the papers outside the categories.</summary>
    public IngestResult Result =>
        _finished
            ? _collector.ToResult() with { OutsideCategories = _outside }
            : throw new InvalidOperationException("the corpus is not read yet: take all of Papers first");

    /// <summary>Takes every paper and returns the whole read.</summary>
    public IngestResult ReadToEnd()
    {
        foreach (var _ in Papers) { }
        return Result;
    }

    private IEnumerable<Paper> Collect()
    {
        if (_finished)
        {
            foreach (var paper in _collector.Papers) yield return paper;
            yield break;
        }
        if (_started) throw new InvalidOperationException("the corpus is still being read by another enumeration of Papers");
        _started = true;
        foreach (var chunk in _chunks)
        {
            var (papersBefore, problemsBefore) = (_collector.Papers.Count, _collector.Problems.Count);
            _collector.AddRange(new IngestResult(chunk.Papers, chunk.Problems));
            if (_strict && _collector.Problems.Count > problemsBefore) throw new IngestException(_collector.Problems[problemsBefore]);
            (_lines, _outside, _bytes) = (_lines + chunk.Lines, _outside + chunk.OutsideCategories, chunk.BytesRead);
            Report(completed: false);
            for (var i = papersBefore; i < _collector.Papers.Count; i++) yield return _collector.Papers[i];
        }
        _finished = true;
        Report(completed: true);
    }

    private void Report(bool completed)
    {
        if (_progress is null) return;
        var note = $"{_lines:N0} lines, {_collector.Papers.Count:N0} papers"
                   + (_categories is null ? "" : $", {_outside:N0} outside {_categories}")
                   + (_collector.Problems.Count > 0 ? $", {_collector.Problems.Count:N0} skipped" : "");
        var done = completed ? _totalBytes : _bytes;
        _progress.Report(new StageProgress(Stage, done, _totalBytes, completed) { Unit = ProgressUnit.Bytes, Note = note });
    }
}
