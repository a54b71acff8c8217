using System.Buffers;

namespace DigestGraph.Ingest;

/// <summary>
/// Whole lines of a file as UTF-8 bytes in a pooled buffer: <see cref="FirstLine"/> is the 1-based line of the first,
/// <see cref="Offset"/> the byte offset of the first in the (decompressed) file. <see cref="Return"/> gives the buffer
/// back once the lines are parsed.
/// </summary>
internal sealed class LineBlock(byte[] buffer, int start, int length, int firstLine, long offset)
{
    public ReadOnlySpan<byte> Bytes => buffer.AsSpan(start, length);

    public int FirstLine { get; } = firstLine;

    public long Offset { get; } = offset;

    /// <summary>How many lines the block holds (a last line without its line end counts).</summary>
    public int LineCount { get; } = buffer.AsSpan(start, length).Count((byte)'\n') + (length > 0 && buffer[start + length - 1] != '\n' ? 1 : 0);

    public void Return() => ArrayPool<byte>.Shared.Return(buffer);
}
