using System.Buffers;
using System.Text.Unicode;

namespace DigestGraph.Ingest;

/// <summary>Decodes file bytes as UTF-8 without replacement characters, so that a non-text file is reported, not misread.</summary>
internal static class StrictUtf8
{
    public static string? Decode(ReadOnlySpan<byte> bytes, string file, out IngestProblem? problem)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
            {
                problem = null;
                return new string(chars, 0, charsWritten);
            }
            var line = bytes[..bytesRead].Count((byte)'\n') + 1;
            problem = new IngestProblem(new SourceLocation(file, line),
                $"not UTF-8 text: invalid byte 0x{bytes[bytesRead]:X2} at offset {bytesRead}");
            return null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
