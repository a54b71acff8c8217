using System.Text;
using System.Text.Json;

namespace DigestGraph.Ingest;

/// <summary>
/// Where one field's value lies in a JSON line (its token bytes, from <see cref="Start"/> to <see cref="End"/>) and of
/// what kind it is; decoded only when asked, so that lines a filter leaves out cost no strings.
/// </summary>
internal readonly record struct JsonField(JsonTokenType Kind, int Start, int End)
{
    public bool IsAbsent => Kind is JsonTokenType.None or JsonTokenType.Null;

    /// <summary>The string value, or null when the field is absent or null; false with a message when it is of another kind.</summary>
    public bool TryText(ReadOnlySpan<byte> line, string name, string expected, out string? text, out string message)
    {
        text = null;
        message = "";
        if (IsAbsent) return true;
        if (Kind != JsonTokenType.String)
        {
            message = WrongKind(line, name, expected);
            return false;
        }
        var reader = new Utf8JsonReader(line[Start..End]);
        reader.Read();
        text = reader.GetString();
        return true;
    }

    /// <summary>The message for a value of the wrong kind, e.g. <c>"id" must be a string, found a number (2411.1044)</c>.</summary>
    public string WrongKind(ReadOnlySpan<byte> line, string name, string expected)
    {
        var found = Kind switch
        {
            JsonTokenType.Number => $"a number ({Encoding.UTF8.GetString(line[Start..End])})",
            JsonTokenType.True or JsonTokenType.False => $"a boolean ({Encoding.UTF8.GetString(line[Start..End])})",
            _ => KindName(Kind),
        };
        return $"\"{name}\" must be {expected}, found {found}";
    }

    public static string KindName(JsonTokenType kind) => kind switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => kind.ToString(),
    };
}
