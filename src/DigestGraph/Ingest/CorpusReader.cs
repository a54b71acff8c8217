using DigestGraph.Concurrency;
using DigestGraph.Progress;

namespace DigestGraph.Ingest;

/// <summary>
/// Reads the inputs of a run (<see cref="InputFiles"/>): digests and JSON Lines, gzipped or not, streamed in pieces
/// that are parsed in parallel, a few ahead of the papers being taken, so that memory does not grow with the input.
/// Papers keep input order (directories in ordinal name order); an id repeated across files is kept once; papers
/// outside <paramref name="categories"/> are left out. In strict mode the first problem in input order throws
/// <see cref="IngestException"/>; otherwise problems are collected and reading goes on. Progress ("read") counts bytes
/// of input, with lines and papers beside them.
/// </summary>
public sealed class CorpusReader(bool strict = false, CategoryFilter? categories = null, IProgress<StageProgress>? progress = null)
{
    // Enough pieces in flight to keep every core busy while the consumer waits on the next one in order.
    private static readonly int Lookahead = 4 * Environment.ProcessorCount;

    private readonly CorpusFileReader _fileReader = new(new DigestParser(), new JsonLinesReader(), categories);

    /// <summary>Reads everything before returning.</summary>
    /// <exception cref="IngestException">In strict mode, on the first bad entry.</exception>
    public IngestResult Read(IEnumerable<string> paths, CancellationToken ct = default) => Open(paths, ct).ReadToEnd();

    /// <summary>Starts a read whose papers can be taken while later pieces are still being parsed.</summary>
    public CorpusReading Open(IEnumerable<string> paths, CancellationToken ct = default)
    {
        var inputs = paths.Select(path => (Files: InputFiles.Expand(path, out var problem), Problem: problem)).ToArray();
        var totalBytes = inputs.Sum(i => i.Files.Sum(f => f.Length));
        return new CorpusReading(Pieces(inputs).SelectAhead(parse => parse(), Lookahead, ct), strict, categories, progress, totalBytes);
    }

    /// <summary>Every piece of every input, in input order, with a path that names nothing read as its problem.</summary>
    private IEnumerable<Func<ReadChunk>> Pieces(IEnumerable<(IReadOnlyList<InputFile> Files, IngestProblem? Problem)> inputs)
    {
        long bytesBefore = 0;
        foreach (var (files, problem) in inputs)
        {
            if (problem is not null)
            {
                var chunk = ReadChunk.Of(problem, bytesBefore);
                yield return () => chunk;
            }
            foreach (var file in files)
            {
                foreach (var piece in _fileReader.Pieces(file, bytesBefore)) yield return piece;
                bytesBefore += file.Length;
            }
        }
    }
}
