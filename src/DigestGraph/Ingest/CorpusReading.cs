namespace DigestGraph.Ingest;

/// <summary>
/// A read in progress, taken once: <see cref="Papers"/> yields the papers kept, in input order, while later files are
/// still being parsed; <see cref="Result"/> is the whole read once every paper has been taken.
/// </summary>
public sealed class CorpusReading
{
    private readonly IEnumerable<IngestResult> _files;
    private readonly bool _strict;
    private readonly PaperCollector _collector = new();
    private bool _started;
    private bool _finished;

    internal CorpusReading(IEnumerable<IngestResult> files, bool strict)
    {
        _files = files;
        _strict = strict;
    }

    /// <summary>
    /// The papers kept, in input order: the first enumeration reads the corpus, a later one replays what was read.
    /// Two enumerations at once are refused, since the second would see only part of the corpus.
    /// </summary>
    /// <exception cref="IngestException">In strict mode, on the first bad entry in input order.</exception>
    public IEnumerable<Paper> Papers => Collect();

    /// <summary>The papers kept and the problems of everything skipped, in input order.</summary>
    public IngestResult Result =>
        _finished ? _collector.ToResult() : throw new InvalidOperationException("the corpus is not read yet: take all of Papers first");

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
        foreach (var file in _files)
        {
            var (papersBefore, problemsBefore) = (_collector.Papers.Count, _collector.Problems.Count);
            _collector.AddRange(file);
            if (_strict && _collector.Problems.Count > problemsBefore) throw new IngestException(_collector.Problems[problemsBefore]);
            for (var i = papersBefore; i < _collector.Papers.Count; i++) yield return _collector.Papers[i];
        }
        _finished = true;
    }
}
