using System.Text.Json;

namespace DigestGraph.Analyse;

/// <summary>The gold primary topic of each annotated paper, read from the JSON Lines files of an eval gold directory.</summary>
public static class GoldTopics
{
    /// <summary>Reads every <c>*.jsonl</c> under <paramref name="directory"/>; a malformed line throws naming its file and line.</summary>
    public static IReadOnlyDictionary<string, string> Load(string directory)
    {
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"Gold directory not found: {directory}");
        var topics = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                try
                {
                    using var record = JsonDocument.Parse(line);
                    var root = record.RootElement;
                    var id = root.GetProperty("id").GetString();
                    if (id is not null && root.TryGetProperty("primary_topic", out var topic) && topic.ValueKind == JsonValueKind.String)
                        topics[id] = topic.GetString()!;
                }
                catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
                {
                    throw new InvalidDataException($"{file}:{lineNumber}: not a gold record with an \"id\": {e.Message}", e);
                }
            }
        }
        return topics;
    }
}
