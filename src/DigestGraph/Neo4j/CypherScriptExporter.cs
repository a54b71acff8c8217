using DigestGraph.Export;
using System.Text;
using DigestGraph.Extract;
using DigestGraph.Graph;

namespace DigestGraph.Neo4j;

/// <summary>
/// A script that loads the graph into an empty Neo4j 5 with <c>cypher-shell -f graph.cypher</c>. Values only ever
/// arrive as parameters: each batch is a <c>:param rows => [...]</c> line followed by an <c>UNWIND $rows AS row MERGE ...</c>
/// statement. Labels and relationship types come from <see cref="GraphVocabulary"/> only.
/// </summary>
internal sealed class CypherScriptExporter : IGraphExporter
{
    private const int MaxRowsPerBatch = 500;
    // A :param line is one command line; keep it well below what a terminal reader handles comfortably.
    private const int MaxBatchChars = 256 * 1024;

    private const string PaperStatement =
        $"UNWIND $rows AS row MERGE (p:{GraphVocabulary.Paper} {{id: row.id}}) SET p.title = row.title, p.translatedTitle = row.translatedTitle, " +
        "p.url = row.url, p.abstract = row.abstract, p.source = row.source, p.codeLinks = row.codeLinks;";
    private const string TopicStatement = $"UNWIND $rows AS row MERGE (:{GraphVocabulary.Topic} {{name: row.name}});";
    private const string AboutStatement =
        $"UNWIND $rows AS row MATCH (p:{GraphVocabulary.Paper} {{id: row.paper}}) MATCH (t:{GraphVocabulary.Topic} {{name: row.topic}}) " +
        $"MERGE (p)-[r:{GraphVocabulary.About}]->(t) SET r.primary = row.primary;";
    private const string MentionStatement =
        $"UNWIND $rows AS row MATCH (p:{GraphVocabulary.Paper} {{id: row.paper}}) MATCH (e:{GraphVocabulary.Entity} {{key: row.entity}}) MERGE (p)-[:{GraphVocabulary.Mentions}]->(e);";
    private const string IntroducesStatement =
        $"UNWIND $rows AS row MATCH (p:{GraphVocabulary.Paper} {{id: row.paper}}) MATCH (e:{GraphVocabulary.Entity} {{key: row.entity}}) MERGE (p)-[:{GraphVocabulary.Introduces}]->(e);";

    public string FileName => "graph.cypher";

    public void Write(KnowledgeGraph graph, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine("// DigestGraph knowledge graph for an EMPTY Neo4j 5 database: cypher-shell -f graph.cypher");
        writer.WriteLine("// Every value is a parameter (:param rows => [...]); labels and relationship types are DigestGraph's fixed enums.");
        writer.WriteLine($"CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (p:{GraphVocabulary.Paper}) REQUIRE p.id IS UNIQUE;");
        writer.WriteLine($"CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:{GraphVocabulary.Entity}) REQUIRE e.key IS UNIQUE;");
        writer.WriteLine($"CREATE CONSTRAINT topic_name IF NOT EXISTS FOR (t:{GraphVocabulary.Topic}) REQUIRE t.name IS UNIQUE;");

        WriteBatches(writer, PaperStatement, graph.Papers.Select(node => Row(
            ("id", node.Paper.Id),
            ("title", node.Paper.Title),
            ("translatedTitle", node.Paper.TranslatedTitle),
            ("url", node.Paper.Url),
            ("abstract", node.Paper.Abstract),
            ("source", ExportRows.Source(node)),
            ("codeLinks", ExportRows.ListOrAbsent(node.Paper.CodeLinks)))));

        // An entity carries a label for every type it was given (a Dataset can be a Benchmark too), as the writer does.
        foreach (var type in Enum.GetValues<EntityType>())
        {
            var statement = $"UNWIND $rows AS row MERGE (e:{GraphVocabulary.Entity} {{key: row.key}}) SET e:{GraphVocabulary.Label(type)}, " +
                            "e.name = row.name, e.type = row.type, e.aliases = row.aliases;";
            WriteBatches(writer, statement, graph.Entities.Where(e => e.Types.Contains(type)).Select(e => Row(
                ("key", e.Key),
                ("name", e.Name),
                ("type", e.Type.ToString()),
                ("aliases", ExportRows.ListOrAbsent(e.Aliases)))));
        }

        WriteBatches(writer, TopicStatement, ExportRows.Topics(graph).Select(t => Row(("name", t))));
        WriteBatches(writer, AboutStatement, ExportRows.TopicLinks(graph).Select(l => Row(
            ("paper", l.PaperId), ("topic", l.Topic), ("primary", l.Primary))));

        var mentions = ExportRows.Mentions(graph);
        WriteBatches(writer, MentionStatement, mentions.Select(m => Row(("paper", m.PaperId), ("entity", m.EntityKey))));
        WriteBatches(writer, IntroducesStatement, mentions.Where(m => m.Introduced)
            .Select(m => Row(("paper", m.PaperId), ("entity", m.EntityKey))));

        var relations = ExportRows.Relations(graph);
        foreach (var type in Enum.GetValues<RelationType>())
        {
            var statement = $"UNWIND $rows AS row MATCH (s:{GraphVocabulary.Entity} {{key: row.source}}) MATCH (t:{GraphVocabulary.Entity} {{key: row.target}}) " +
                            $"MERGE (s)-[r:{type.Name()} {{paper: row.paper}}]->(t) " +
                            "SET r.evidence = row.evidence, r.metric = row.metric, r.value = row.value;";
            WriteBatches(writer, statement, relations.Where(r => r.Type == type).Select(r => Row(
                ("source", r.SourceKey),
                ("target", r.TargetKey),
                ("paper", r.PaperId),
                ("evidence", r.Evidence),
                ("metric", r.Metric),
                ("value", r.Value))));
        }
    }

    private static KeyValuePair<string, object?>[] Row(params (string Key, object? Value)[] fields) =>
        fields.Select(f => KeyValuePair.Create(f.Key, f.Value)).ToArray();

    private static void WriteBatches(TextWriter writer, string statement, IEnumerable<KeyValuePair<string, object?>[]> rows)
    {
        var batch = new StringBuilder();
        var count = 0;
        foreach (var row in rows)
        {
            batch.Append(count == 0 ? ":param rows => [" : ", ");
            CypherLiteral.AppendMap(batch, row);
            count++;
            if (count < MaxRowsPerBatch && batch.Length < MaxBatchChars) continue;
            Flush();
        }
        Flush();

        void Flush()
        {
            if (count == 0) return;
            writer.WriteLine(batch.Append(']'));
            writer.WriteLine(statement);
            batch.Clear();
            count = 0;
        }
    }
}
