using System.Text.Json;

namespace DigestGraph.Ingest;

/// <summary>
/// The fields of one arXiv metadata line that make a paper, found in a single pass that validates the whole line and
/// passes over the rest (authors, versions, ...).
/// </summary>
internal readonly record struct JsonPaperFields(
    string? NotAnObject, JsonField Id, JsonField Title, JsonField Abstract, JsonField Categories, JsonField UpdateDate)
{
    /// <exception cref="JsonException">When the line is not one well-formed JSON value.</exception>
    public static JsonPaperFields Read(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            var kind = JsonField.KindName(reader.TokenType);
            reader.Skip();
            while (reader.Read()) { } // the rest must be well-formed too: a malformed line says so first
            return new JsonPaperFields(kind, default, default, default, default, default);
        }
        JsonField id = default, title = default, abstractText = default, categories = default, updateDate = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueTextEquals("id"u8) ? "id"
                : reader.ValueTextEquals("title"u8) ? "title"
                : reader.ValueTextEquals("abstract"u8) ? "abstract"
                : reader.ValueTextEquals("categories"u8) ? "categories"
                : reader.ValueTextEquals("update_date"u8) ? "update_date"
                : null;
            reader.Read();
            var kind = reader.TokenType;
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            var value = new JsonField(kind, start, (int)reader.BytesConsumed);
            switch (name)
            {
                case "id": id = value; break;
                case "title": title = value; break;
                case "abstract": abstractText = value; break;
                case "categories": categories = value; break;
                case "update_date": updateDate = value; break;
            }
        }
        while (reader.Read()) { } // a second value after the object is malformed
        return new JsonPaperFields(null, id, title, abstractText, categories, updateDate);
    }

    /// <summary>The categories (a space-separated string or an array of strings; none when absent); false with a message otherwise.</summary>
    public bool TryCategories(ReadOnlySpan<byte> line, out IReadOnlyList<string> list, out string message)
    {
        list = [];
        message = "";
        const string expected = "a string of space-separated categories or an array of strings";
        switch (Categories.Kind)
        {
            case JsonTokenType.String:
                Categories.TryText(line, "categories", expected, out var text, out message);
                list = SourceText.WithoutControls(text!).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                return true;
            case JsonTokenType.StartArray:
                var items = new List<string>();
                var reader = new Utf8JsonReader(line[Categories.Start..Categories.End]);
                reader.Read();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        message = $"\"categories\" must be {expected}, found {JsonField.KindName(reader.TokenType)} in the array";
                        return false;
                    }
                    items.Add(SourceText.WithoutControls(reader.GetString()!));
                }
                list = items;
                return true;
            default:
                if (Categories.IsAbsent) return true;
                message = Categories.WrongKind(line, "categories", expected);
                return false;
        }
    }
}
