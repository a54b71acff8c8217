using System.Buffers;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace DigestGraph.Ingest;

/// <summary>
/// Streams one input file as pieces to parse on their own, in file order: blocks of JSON lines, or runs of whole
/// digest entries cut at entry headings. The format comes from the content (a first line that is a JSON object means
/// JSON Lines, whatever the extension; <c>.jsonl</c> and <c>.ndjson</c> always are); gzip is recognised by its magic
/// bytes. Only a few pieces are held at a time, so memory does not grow with the file.
/// </summary>
internal sealed class CorpusFileReader(DigestParser digestParser, JsonLinesReader jsonLinesReader, CategoryFilter? categories)
{
    // Large enough that handing a block to a core costs little next to parsing it, small enough that a few in flight weigh little.
    private const int BlockBytes = 1 << 20;

    // Digest entries per piece: about as much parsing as a block of JSON lines.
    private const int DigestChunkChars = 1 << 16;

    private static readonly byte[] GzipMagic = [0x1F, 0x8B];

    /// <summary>The pieces of <paramref name="file"/>; <paramref name="bytesBefore"/> is the size of the inputs before it.</summary>
    public IEnumerable<Func<ReadChunk>> Pieces(InputFile file, long bytesBefore)
    {
        if (!TryOpen(file, out var raw, out var stream, out var openProblem))
        {
            yield return Done(ReadChunk.Of(openProblem!, bytesBefore + file.Length));
            yield break;
        }
        using (raw)
        using (stream)
        {
            var state = new FileState(file, bytesBefore, raw!);
            using var blocks = LineBlockReader.Read(stream!, BlockBytes).GetEnumerator();
            while (true)
            {
                var block = NextBlock(blocks, state, out var readProblem);
                if (readProblem is not null)
                {
                    yield return Done(ReadChunk.Of(readProblem, state.BytesRead));
                    yield break;
                }
                if (block is null) break;
                state.SeenText |= block.Bytes.IndexOfAnyExcept(" \t\r\n"u8) >= 0;
                state.Format ??= state.SeenText ? Sniff(file, block) : null;
                switch (state.Format)
                {
                    case null:
                        block.Return();
                        break;
                    case InputFormat.JsonLines:
                        var bytesRead = state.BytesRead;
                        yield return () => ParseJsonLines(block, file.Path, bytesRead);
                        break;
                    case InputFormat.Digest:
                        foreach (var piece in DigestPieces(block, state)) yield return piece;
                        break;
                    case InputFormat.JsonDocument:
                        block.Return();
                        if (file.Named)
                            yield return Done(ReadChunk.Of(new IngestProblem(new SourceLocation(file.Path, 1),
                                "a JSON document, not JSON Lines (one paper object per line); file skipped"), bytesBefore + file.Length));
                        yield break;
                }
                if (state.Stopped) yield break;
            }
            if (!state.SeenText)
                yield return Done(ReadChunk.Of(new IngestProblem(new SourceLocation(file.Path, 1), "empty file: no entries"), state.BytesRead));
            else if (state.Format == InputFormat.Digest && state.Digest.Length > 0)
                yield return DigestPiece(state);
        }
    }

    private enum InputFormat { Digest, JsonLines, JsonDocument }

    /// <summary>What the reader knows of a file while it streams past.</summary>
    private sealed class FileState(InputFile file, long bytesBefore, FileStream raw)
    {
        public InputFile File { get; } = file;
        public InputFormat? Format { get; set; }
        public bool SeenText { get; set; }
        public bool Stopped { get; set; }
        public int NextLine { get; set; } = 1;

        // The digest text not yet handed out: whole lines, cleaned, from the 1-based line DigestFirstLine.
        public StringBuilder Digest { get; } = new();
        public int DigestFirstLine { get; set; } = 1;
        public int DigestLines { get; set; }
        public int EntryStart { get; set; }
        public EntryBoundaries Boundaries { get; } = new();

        public long BytesRead => bytesBefore + raw.Position;
    }

    private static Func<ReadChunk> Done(ReadChunk chunk) => () => chunk;

    private static bool TryOpen(InputFile file, out FileStream? raw, out Stream? stream, out IngestProblem? problem)
    {
        (raw, stream, problem) = (null, null, null);
        try
        {
            raw = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            Span<byte> magic = stackalloc byte[2];
            var isGzip = raw.ReadAtLeast(magic, 2, throwOnEndOfStream: false) == 2 && magic.SequenceEqual(GzipMagic);
            raw.Position = 0;
            if (!isGzip && InputFiles.IsGzipName(file.Path))
            {
                problem = new IngestProblem(new SourceLocation(file.Path, 0), "named .gz but not gzip data; file skipped");
                raw.Dispose();
                return false;
            }
            stream = isGzip ? new GZipStream(raw, CompressionMode.Decompress, leaveOpen: true) : raw;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            raw?.Dispose();
            problem = new IngestProblem(new SourceLocation(file.Path, 0), $"cannot read file: {e.Message}");
            return false;
        }
    }

    private static LineBlock? NextBlock(IEnumerator<LineBlock> blocks, FileState state, out IngestProblem? problem)
    {
        problem = null;
        try
        {
            return blocks.MoveNext() ? blocks.Current : null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            var what = e is InvalidDataException ? "corrupt gzip data" : "cannot read file";
            problem = new IngestProblem(new SourceLocation(state.File.Path, state.NextLine), $"{what}: {e.Message}; file skipped from here");
            return null;
        }
    }

    /// <summary>
    /// JSON Lines when the name says so or the first line is a JSON object; a JSON document when a <c>.json</c> file opens
    /// like JSON but is not JSON Lines; else a digest (which may well open with a <c>[link](...)</c>).
    /// </summary>
    private static InputFormat Sniff(InputFile file, LineBlock first)
    {
        if (InputFiles.IsJsonLinesName(file.Path)) return InputFormat.JsonLines;
        var bytes = first.Bytes;
        var start = bytes.IndexOfAnyExcept(" \t\r\n"u8);
        var length = bytes[start..].IndexOf((byte)'\n');
        var firstLine = length < 0 ? bytes[start..] : bytes.Slice(start, length);
        if (firstLine[0] == (byte)'{' && IsJson(firstLine)) return InputFormat.JsonLines;
        return InputFiles.IsJsonName(file.Path) && firstLine[0] is (byte)'{' or (byte)'[' ? InputFormat.JsonDocument : InputFormat.Digest;
    }

    private static bool IsJson(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            while (reader.Read()) { }
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private ReadChunk ParseJsonLines(LineBlock block, string file, long bytesRead)
    {
        try
        {
            return jsonLinesReader.ParseLines(block.Bytes, file, block.FirstLine, block.Offset, categories) with { BytesRead = bytesRead };
        }
        finally
        {
            block.Return();
        }
    }

    /// <summary>
    /// Adds a block's lines to the digest text, handing out a piece at each entry heading once enough text is held.
    /// Bytes that are not UTF-8 text end the file: what came before is kept, the rest is reported and skipped.
    /// </summary>
    private IEnumerable<Func<ReadChunk>> DigestPieces(LineBlock block, FileState state)
    {
        var text = Decode(block, state.File.Path, out var problem);
        block.Return();
        if (state.DigestLines == 0) state.DigestFirstLine = block.FirstLine;
        var lineNumber = block.FirstLine;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var length = text.AsSpan(lineStart).IndexOf('\n');
            var lineEnd = length < 0 ? text.Length : lineStart + length;
            var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd('\r').ToString();
            if (state.Boundaries.StartsEntry(line))
            {
                if (state.Digest.Length >= DigestChunkChars)
                {
                    yield return DigestPiece(state);
                    state.DigestFirstLine = lineNumber;
                }
                state.EntryStart = state.Digest.Length;
            }
            state.Digest.Append(SourceText.WithoutControls(line)).Append('\n');
            state.DigestLines++;
            lineNumber++;
            lineStart = lineEnd + 1;
        }
        state.NextLine = lineNumber;
        if (problem is null) yield break;
        // The entry the bad line is in is not whole: only the entries before it are read.
        state.Digest.Length = state.EntryStart;
        if (state.Digest.Length > 0) yield return DigestPiece(state);
        state.Stopped = true;
        yield return Done(ReadChunk.Of(problem, state.BytesRead));
    }

    private Func<ReadChunk> DigestPiece(FileState state)
    {
        var (text, firstLine, lines, file, bytesRead) = (state.Digest.ToString(), state.DigestFirstLine, state.DigestLines, state.File.Path, state.BytesRead);
        state.Digest.Clear();
        state.DigestLines = 0;
        state.EntryStart = 0;
        return () =>
        {
            var result = digestParser.ParseChunk(text, file, firstLine - 1);
            return new ReadChunk(result.Papers, result.Problems, 0, lines, bytesRead);
        };
    }

    /// <summary>The block's text up to the first line that is not UTF-8 text (an invalid byte or a NUL), with the problem that line makes.</summary>
    private static string Decode(LineBlock block, string file, out IngestProblem? problem)
    {
        problem = null;
        var bytes = block.Bytes;
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            Utf8.ToUtf16(bytes, chars, out var valid, out var written, replaceInvalidSequences: false);
            var nul = bytes[..valid].IndexOf((byte)0);
            var bad = nul >= 0 ? nul : valid;
            if (bad == bytes.Length) return new string(chars, 0, written);
            var line = block.FirstLine + bytes[..bad].Count((byte)'\n');
            problem = new IngestProblem(new SourceLocation(file, line), nul >= 0
                ? "not UTF-8 text: contains a NUL byte; its entry and the rest of the file skipped"
                : $"not UTF-8 text: invalid byte 0x{bytes[bad]:X2} at offset {block.Offset + bad}; its entry and the rest of the file skipped");
            var keep = bytes[..bad].LastIndexOf((byte)'\n') + 1;
            return Encoding.UTF8.GetString(bytes[..keep]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
