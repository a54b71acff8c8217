using System.Buffers;

namespace DigestGraph.Ingest;

/// <summary>
/// Reads a stream as blocks of whole lines, so that each block can be parsed on its own thread while the next is read:
/// memory stays at a few blocks whatever the size of the file. A byte-order mark at the start is dropped.
/// </summary>
internal static class LineBlockReader
{
    public static IEnumerable<LineBlock> Read(Stream stream, int blockSize)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(blockSize);
        var filled = 0;
        var line = 1;
        long offset = 0;
        var atStart = true;
        while (true)
        {
            var read = stream.ReadAtLeast(buffer.AsSpan(filled), buffer.Length - filled, throwOnEndOfStream: false);
            filled += read;
            var start = 0;
            if (atStart && filled >= 3 && buffer.AsSpan(0, 3).SequenceEqual("\uFEFF"u8))
            {
                start = 3;
                offset = 3;
            }
            atStart = false;
            var ended = filled < buffer.Length;
            var cut = ended ? filled : buffer.AsSpan(start, filled - start).LastIndexOf((byte)'\n') + start + 1;
            if (!ended && cut == start)
            {
                // One line longer than the buffer: give it room.
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(start, filled - start).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                (buffer, filled) = (larger, filled - start);
                continue;
            }
            if (cut > start)
            {
                var next = ArrayPool<byte>.Shared.Rent(Math.Max(blockSize, filled - cut));
                buffer.AsSpan(cut, filled - cut).CopyTo(next);
                var block = new LineBlock(buffer, start, cut - start, line, offset);
                line += block.LineCount;
                offset += cut - start;
                (buffer, filled) = (next, filled - cut);
                yield return block;
            }
            if (ended) break;
        }
        ArrayPool<byte>.Shared.Return(buffer);
    }
}
