using System.Net;
using System.Text.RegularExpressions;
using DigestGraph.Extract;
using DigestGraph.Graph;

namespace DigestGraph.Tests.Report;

/// <summary>The Neo4j Browser guide: its queries use only the graph model's labels and types and Cypher that runs on Neo4j 3.1 to 5.</summary>
public sealed class NeoBrowserGuideTests
{
    private static readonly string GuidePath = Path.Combine(RepoPaths.Root, "guide", "digestgraph.html");

    private static string[] Queries(string html) =>
        Regex.Matches(html, @"<pre mode=""cypher"" class=""pre-scrollable code runnable"">(.*?)</pre>", RegexOptions.Singleline)
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .ToArray();

    [Fact]
    public void The_guide_is_a_browser_guide_with_five_questions_and_runnable_queries()
    {
        var html = File.ReadAllText(GuidePath);

        Assert.Contains("<article class=\"guide\">", html);
        Assert.Contains("<carousel class=\"deck container-fluid\">", html);
        Assert.Equal(["1.", "2.", "3.", "4.", "5."], Regex.Matches(html, @"<h3>(\d\.)").Select(m => m.Groups[1].Value));
        Assert.True(Queries(html).Length >= 10);
        // Neo4j Browser strips these; a guide relying on them would break.
        Assert.DoesNotMatch(@"<script|\son\w+=", html);
    }

    [Fact]
    public void Queries_use_only_the_graph_models_labels_and_relationship_types()
    {
        foreach (var query in Queries(File.ReadAllText(GuidePath)))
        {
            var labels = Regex.Matches(query, @"\(\s*\w*((?::\w+)+)").SelectMany(m => m.Groups[1].Value.Split(':', StringSplitOptions.RemoveEmptyEntries))
                .Concat(Regex.Matches(query, @"WHEN \w+:(\w+)").Select(m => m.Groups[1].Value));
            Assert.All(labels, l => Assert.True(GraphVocabulary.Labels.Contains(l), $"unknown label {l} in:\n{query}"));
            var types = Regex.Matches(query, @"\[\s*\w*\s*:([\w|]+)").SelectMany(m => m.Groups[1].Value.Split('|'));
            Assert.All(types, t => Assert.True(GraphVocabulary.RelationshipTypes.Contains(t), $"unknown relationship type {t} in:\n{query}"));
            // An entity key is a folded name; any other spelling matches nothing.
            foreach (Match key in Regex.Matches(query, @"key:\s*'([^']*)'"))
                Assert.Equal(NameFolding.Fold(key.Groups[1].Value), key.Groups[1].Value);
        }
    }

    [Fact]
    public void Queries_avoid_cypher_that_neo4j_3_1_or_5_rejects()
    {
        foreach (var query in Queries(File.ReadAllText(GuidePath)))
        {
            Assert.DoesNotMatch(@"(?i)\bexists\s*\(", query);            // property exists(): removed in 5
            Assert.DoesNotMatch(@"(?i)\bsize\s*\(\s*\(", query);         // pattern expressions in size(): removed in 5
            Assert.DoesNotMatch(@"(?i)\b(COUNT|COLLECT|EXISTS)\s*\{", query); // subqueries: not in 3.1
            Assert.DoesNotMatch(@"\{\s*[A-Za-z_]\w*\s*\}", query);        // {param}: removed in 4
            Assert.DoesNotMatch(@"\|\s*:", query);                        // [:A|:B]: deprecated in 5
            Assert.Equal(query.Count(c => c == '('), query.Count(c => c == ')'));
            Assert.Equal(query.Count(c => c == '['), query.Count(c => c == ']'));
            Assert.Equal(query.Count(c => c == '{'), query.Count(c => c == '}'));
        }
    }
}
