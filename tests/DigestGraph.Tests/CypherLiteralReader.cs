using System.Globalization;
using System.Text;

namespace DigestGraph.Tests;

/// <summary>Reads back the Cypher literals of a <c>:param</c> line (lists, maps, strings, booleans, integers, null), as the server would.</summary>
internal sealed class CypherLiteralReader(string text)
{
    private int _pos;

    public static object? Read(string text)
    {
        var reader = new CypherLiteralReader(text);
        var value = reader.Value();
        reader.SkipSpace();
        if (reader._pos != text.Length) throw new FormatException($"trailing text at {reader._pos}");
        return value;
    }

    private object? Value()
    {
        SkipSpace();
        var c = text[_pos];
        if (c == '[') return List();
        if (c == '{') return Map();
        if (c is '\'' or '"') return String();
        if (Take("null")) return null;
        if (Take("true")) return true;
        if (Take("false")) return false;
        var start = _pos;
        while (_pos < text.Length && (char.IsDigit(text[_pos]) || text[_pos] == '-')) _pos++;
        if (start == _pos) throw new FormatException($"unexpected '{c}' at {_pos}");
        return long.Parse(text[start.._pos], CultureInfo.InvariantCulture);
    }

    private List<object?> List()
    {
        var items = new List<object?>();
        Expect('[');
        SkipSpace();
        if (TakeChar(']')) return items;
        do items.Add(Value()); while (TakeChar(','));
        Expect(']');
        return items;
    }

    private Dictionary<string, object?> Map()
    {
        var map = new Dictionary<string, object?>();
        Expect('{');
        SkipSpace();
        if (TakeChar('}')) return map;
        do
        {
            SkipSpace();
            var start = _pos;
            while (char.IsLetterOrDigit(text[_pos]) || text[_pos] == '_') _pos++;
            var key = text[start.._pos];
            Expect(':');
            map.Add(key, Value());
        } while (TakeChar(','));
        Expect('}');
        return map;
    }

    private string String()
    {
        var quote = text[_pos++];
        var sb = new StringBuilder();
        while (text[_pos] != quote)
        {
            var c = text[_pos++];
            if (c != '\\') { sb.Append(c); continue; }
            var e = text[_pos++];
            sb.Append(e switch
            {
                'n' => "\n",
                'r' => "\r",
                't' => "\t",
                'b' => "\b",
                'f' => "\f",
                'u' => ((char)Convert.ToInt32(text.Substring((_pos += 4) - 4, 4), 16)).ToString(),
                '\\' or '\'' or '"' => e.ToString(),
                _ => throw new FormatException($"bad escape \\{e}"),
            });
        }
        _pos++;
        return sb.ToString();
    }

    private void SkipSpace()
    {
        while (_pos < text.Length && text[_pos] == ' ') _pos++;
    }

    private bool Take(string word)
    {
        if (string.CompareOrdinal(text, _pos, word, 0, word.Length) != 0) return false;
        _pos += word.Length;
        return true;
    }

    private bool TakeChar(char c)
    {
        SkipSpace();
        if (_pos >= text.Length || text[_pos] != c) return false;
        _pos++;
        return true;
    }

    private void Expect(char c)
    {
        if (!TakeChar(c)) throw new FormatException($"expected '{c}' at {_pos}");
    }
}
