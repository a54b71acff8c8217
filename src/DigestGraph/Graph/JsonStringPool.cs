using System.Text.Json;

namespace DigestGraph.Graph;

/// <summary>
/// The strings a reader of a large JSON file meets many times (ids, keys, evidence sentences), one string per distinct
/// value: a repeated value is looked up from the reader's bytes without allocating, so the graph keeps one copy of it.
/// </summary>
internal sealed class JsonStringPool
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private char[] _chars = new char[1024];

    public JsonStringPool() => _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled string of the reader's current string token.</summary>
    public string Get(ref Utf8JsonReader reader) => Get(Text(ref reader));

    /// <summary>The text of the reader's current string token, valid until the next call.</summary>
    public ReadOnlySpan<char> Text(ref Utf8JsonReader reader)
    {
        // A UTF-8 token (escaped or not) never holds fewer bytes than its text has UTF-16 characters.
        var bytes = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        if (_chars.Length < bytes) _chars = new char[Math.Max(bytes, _chars.Length * 2)];
        return _chars.AsSpan(0, reader.CopyString(_chars));
    }

    /// <summary>The pooled string of this text.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        if (_bySpan.TryGetValue(text, out var pooled)) return pooled;
        var value = text.ToString();
        _strings.Add(value);
        return value;
    }
}
