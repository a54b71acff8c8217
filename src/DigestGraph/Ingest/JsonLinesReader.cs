using System.Text.Json;
using System.Text.RegularExpressions;

namespace DigestGraph.Ingest;

/// <summary>
/// Reads JSON Lines in the arXiv metadata shape, one paper per line: <c>id</c>, <c>title</c>, <c>abstract</c>,
/// optional <c>categories</c> (space-separated string or array) and <c>update_date</c>. A bad line is skipped and reported.
/// </summary>
internal sealed partial class JsonLinesReader
{
    // arXiv metadata wraps titles over several lines.
    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    public IngestResult Parse(string text, string file)
    {
        var source = SourceText.Normalize(text);
        if (SourceText.FindFileProblem(source, file) is { } fileProblem)
            return new IngestResult([], [fileProblem]);

        var collector = new PaperCollector();
        var lineNumber = 0;
        foreach (var line in source.AsSpan().EnumerateLines())
        {
            lineNumber++;
            if (line.IsWhiteSpace()) continue;
            var location = new SourceLocation(file, lineNumber);
            if (TryReadLine(line, location, out var paper, out var message)) collector.Add(paper);
            else collector.Add(new IngestProblem(location, message + "; line skipped"));
        }
        return collector.ToResult();
    }

    private static bool TryReadLine(ReadOnlySpan<char> line, SourceLocation location, out Paper paper, out string message)
    {
        paper = null!;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line.ToString());
        }
        catch (JsonException e)
        {
            message = $"malformed JSON: {e.Message}";
            return false;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                message = $"expected a JSON object, found {root.ValueKind}";
                return false;
            }
            var rawId = StringProperty(root, "id");
            var title = StringProperty(root, "title") is { } t ? Whitespace().Replace(t, " ").Trim() : "";
            if (string.IsNullOrWhiteSpace(rawId))
            {
                message = "missing \"id\" (a string such as \"2411.10440\")";
                return false;
            }
            if (!ArxivId.TryParse(rawId, out var id))
            {
                message = $"\"id\" \"{rawId}\" is not an arXiv id";
                return false;
            }
            if (title.Length == 0)
            {
                message = $"paper {id} is missing \"title\"";
                return false;
            }
            var abstractText = StringProperty(root, "abstract")?.Trim() ?? "";
            paper = new Paper(id, title, null, ArxivId.AbsUrl(id), abstractText, CodeLinkFinder.Find(abstractText), location)
            {
                Categories = Categories(root),
                UpdateDate = StringProperty(root, "update_date"),
            };
            message = "";
            return true;
        }
    }

    private static string? StringProperty(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IReadOnlyList<string> Categories(JsonElement obj)
    {
        if (!obj.TryGetProperty("categories", out var value)) return [];
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            JsonValueKind.Array => value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray(),
            _ => [],
        };
    }
}
