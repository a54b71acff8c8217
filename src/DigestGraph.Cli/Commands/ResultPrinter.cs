using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace DigestGraph.Cli.Commands;

/// <summary>Prints rows as <c>query</c> and <c>ask</c> do: a table, or one JSON object per row (<c>--format json</c>).</summary>
public static class ResultPrinter
{
    // Digest text is mostly Chinese: keep it readable instead of \uXXXX.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(TextWriter stdout, string format, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<JsonElement>> rows)
    {
        if (format == "json") WriteJsonLines(stdout, columns, rows);
        else WriteTable(stdout, columns, rows);
    }

    private static void WriteTable(TextWriter stdout, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<JsonElement>> rows)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        console.Profile.Width = Console.IsOutputRedirected ? 200 : Math.Max(80, Console.WindowWidth);
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns) table.AddColumn(new TableColumn(Markup.Escape(column)));
        foreach (var row in rows) table.AddRow(row.Select(v => new Text(Cell(v))).ToArray<Spectre.Console.Rendering.IRenderable>());
        console.Write(table);
    }

    private static void WriteJsonLines(TextWriter stdout, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<JsonElement>> rows)
    {
        foreach (var row in rows)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
            {
                writer.WriteStartObject();
                for (var i = 0; i < columns.Count; i++)
                {
                    writer.WritePropertyName(columns[i]);
                    row[i].WriteTo(writer);
                }
                writer.WriteEndObject();
            }
            stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }

    /// <summary>Strings as they are, null as nothing, lists and maps as compact JSON with their text as written.</summary>
    private static string Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null => "",
        JsonValueKind.Array or JsonValueKind.Object => Json(value),
        _ => value.GetRawText(),
    };

    // The raw text of a serialised value escapes every non-ASCII character (\uXXXX): write it again, relaxed.
    private static string Json(JsonElement value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions)) value.WriteTo(writer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
