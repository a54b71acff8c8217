using DigestGraph.Export;
using System.Text;
using DigestGraph.Extract;
using DigestGraph.Graph;
using DigestGraph.Neo4j;

namespace DigestGraph.Neo4j;

/// <summary>
/// The bulk path into an empty Neo4j: node and relationship CSV files with neo4j-admin import headers, the same
/// graph model and properties the HTTP writer produces (fingerprints included, so a later incremental write skips
/// the imported papers). Arrays and multiple labels are separated by <see cref="ArrayDelimiter"/> (U+001F, which
/// no name contains), fields may span lines, absent values are empty unquoted fields.
/// Write them with <c>new GraphFileWriter(Neo4jAdminCsvExporter.Files()).WriteAll(graph, dir)</c>.
/// </summary>
public static class Neo4jAdminCsvExporter
{
    public const char ArrayDelimiter = '\u001f';

    public static IReadOnlyList<IGraphExporter> Files() =>
    [
        new CsvFile("papers.csv", WritePapers),
        new CsvFile("entities.csv", WriteEntities),
        new CsvFile("topics.csv", WriteTopics),
        new CsvFile("mentions.csv", WriteMentions),
        new CsvFile("about.csv", WriteAbout),
        new CsvFile("relations.csv", WriteRelations),
    ];

    /// <summary>The import command for Neo4j 5 (<c>neo4j-admin database import full</c>), run in the CSV directory.</summary>
    public static string ImportCommandNeo4j5(string database = "neo4j") =>
        $"neo4j-admin database import full --array-delimiter=$'\\x1f' --multiline-fields=true {Sources("=")} {database}";

    /// <summary>The import command for Neo4j 4.x (<c>neo4j-admin import</c>).</summary>
    public static string ImportCommandNeo4j4(string database = "neo4j") =>
        $"neo4j-admin import --database={database} --array-delimiter=$'\\x1f' --multiline-fields=true {Sources("=")}";

    /// <summary>The import command for Neo4j 3.x (<c>neo4j-import</c>; 3.x neo4j-admin import has no delimiter options).</summary>
    public static string ImportCommandNeo4j3(string storeDirectory = "data/databases/graph.db") =>
        $"neo4j-import --into {storeDirectory} --array-delimiter $'\\x1f' --multiline-fields true {Sources(" ")}";

    private static string Sources(string assign) =>
        $"--nodes{assign}papers.csv --nodes{assign}entities.csv --nodes{assign}topics.csv " +
        $"--relationships{assign}mentions.csv --relationships{assign}about.csv --relationships{assign}relations.csv";

    private static void WritePapers(KnowledgeGraph graph, CsvRowWriter csv)
    {
        csv.Row($"id:ID({GraphVocabulary.Paper})", "title", "translatedTitle", "url", "abstract", "source", "codeLinks:string[]", "fingerprint", ":LABEL");
        foreach (var c in PaperContributions.Split(graph))
        {
            var p = c.Paper.Paper;
            csv.Row(p.Id, p.Title, p.TranslatedTitle, p.Url, p.Abstract, ExportRows.Source(c.Paper), csv.Array(p.CodeLinks), c.Fingerprint, GraphVocabulary.Paper);
        }
    }

    private static void WriteEntities(KnowledgeGraph graph, CsvRowWriter csv)
    {
        csv.Row($"key:ID({GraphVocabulary.Entity})", "name", "type", "aliases:string[]", ":LABEL");
        foreach (var e in graph.Entities)
        {
            var labels = e.Types.Distinct().Order().Select(GraphVocabulary.Label).Prepend(GraphVocabulary.Entity);
            csv.Row(e.Key, e.Name, e.Type.ToString(), csv.Array(e.Aliases), csv.Array(labels));
        }
    }

    private static void WriteTopics(KnowledgeGraph graph, CsvRowWriter csv)
    {
        csv.Row($"name:ID({GraphVocabulary.Topic})", ":LABEL");
        foreach (var topic in ExportRows.Topics(graph)) csv.Row(topic, GraphVocabulary.Topic);
    }

    private static void WriteMentions(KnowledgeGraph graph, CsvRowWriter csv)
    {
        csv.Row($":START_ID({GraphVocabulary.Paper})", $":END_ID({GraphVocabulary.Entity})", ":TYPE");
        var mentions = ExportRows.Mentions(graph);
        foreach (var m in mentions) csv.Row(m.PaperId, m.EntityKey, GraphVocabulary.Mentions);
        foreach (var m in mentions.Where(m => m.Introduced)) csv.Row(m.PaperId, m.EntityKey, GraphVocabulary.Introduces);
    }

    private static void WriteAbout(KnowledgeGraph graph, CsvRowWriter csv)
    {
        csv.Row($":START_ID({GraphVocabulary.Paper})", $":END_ID({GraphVocabulary.Topic})", "primary:boolean", ":TYPE");
        foreach (var link in ExportRows.TopicLinks(graph)) csv.Row(link.PaperId, link.Topic, link.Primary ? "true" : "false", GraphVocabulary.About);
    }

    private static void WriteRelations(KnowledgeGraph graph, CsvRowWriter csv)
    {
        csv.Row($":START_ID({GraphVocabulary.Entity})", $":END_ID({GraphVocabulary.Entity})", ":TYPE", "paper", "evidence", "metric", "value");
        foreach (var r in ExportRows.Relations(graph))
            csv.Row(r.SourceKey, r.TargetKey, r.Type.Name(), r.PaperId, r.Evidence, r.Metric, r.Value);
    }

    private sealed class CsvFile(string fileName, Action<KnowledgeGraph, CsvRowWriter> write) : IGraphExporter
    {
        public string FileName => fileName;

        public void Write(KnowledgeGraph graph, Stream output)
        {
            using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
            write(graph, new CsvRowWriter(writer));
        }
    }

    /// <summary>Every present value quoted (quotes doubled), so commas, newlines and quotes survive; null is an empty field.</summary>
    private sealed class CsvRowWriter(TextWriter writer)
    {
        /// <summary>Null for an empty list: the property is then absent, as the HTTP writer leaves it.</summary>
        public string? Array(IEnumerable<string> items)
        {
            var list = items.ToArray();
            if (list.Length == 0) return null;
            if (list.Any(i => i.Contains(ArrayDelimiter, StringComparison.Ordinal)))
                throw new InvalidDataException($"a value contains the array delimiter U+001F: {list.First(i => i.Contains(ArrayDelimiter, StringComparison.Ordinal))}");
            return string.Join(ArrayDelimiter, list);
        }

        public void Row(params string?[] fields)
        {
            for (var i = 0; i < fields.Length; i++)
            {
                if (i > 0) writer.Write(',');
                if (fields[i] is { } value) writer.Write('"' + value.Replace("\"", "\"\"", StringComparison.Ordinal) + '"');
            }
            writer.Write('\n');
        }
    }
}
