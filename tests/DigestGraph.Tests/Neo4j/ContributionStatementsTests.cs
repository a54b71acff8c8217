using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract;
using DigestGraph.Graph;
using DigestGraph.Ingest;
using DigestGraph.Neo4j;

namespace DigestGraph.Tests.Neo4j;

public sealed class ContributionStatementsTests
{
    private static PaperExtraction Extraction(string id, string modelName, params string[] aliases) => new(
        new Paper(id, $"{modelName}: a paper", null, $"https://arxiv.org/abs/{id}", "abstract", [], new SourceLocation("d.md", 1)),
        [
            new ExtractedEntity(modelName, EntityType.Model) { Introduced = true, Aliases = aliases },
            new ExtractedEntity("GLUE", EntityType.Benchmark) { Types = [EntityType.Dataset, EntityType.Benchmark] },
        ],
        [new ExtractedRelation(RelationType.EvaluatedOn, modelName, "GLUE", "evidence") { Metric = "accuracy", Value = "90" }],
        ["NLP"], "NLP");

    [Fact]
    public void Values_travel_only_as_parameters_and_labels_only_from_the_enums()
    {
        const string hostile = "Evil`}) DETACH DELETE n //";
        var graph = new GraphBuilder(EntityLexicon.Default).Add(Extraction("2401.00001", hostile, "alias'\"")).Build();

        var statements = ContributionStatements.For(PaperContributions.Split(graph), new HashSet<string>());

        var write = Assert.Single(statements);
        Assert.DoesNotContain("Evil", write.Text);
        Assert.DoesNotContain("2401.00001", write.Text);
        Assert.StartsWith("UNWIND $papers AS row", write.Text);
        Assert.Contains("SET e:Dataset", write.Text);
        Assert.Contains("SET e:Benchmark", write.Text);
        Assert.Contains("[x:EVALUATED_ON {paper: r.paper}]", write.Text);
        Assert.Contains("CREATE (p)-[:INTRODUCES]->(e)", write.Text);
    }

    [Fact]
    public void Only_papers_already_stored_have_a_previous_contribution_removed()
    {
        var graph = new GraphBuilder(EntityLexicon.Default).Add(Extraction("2401.00001", "FastNet")).Add(Extraction("2401.00002", "SlowNet")).Build();

        var statements = ContributionStatements.For(PaperContributions.Split(graph), new HashSet<string> { "2401.00002" });

        Assert.Equal(3, statements.Count);
        foreach (var removal in statements.Take(2))
        {
            Assert.Contains("DELETE", removal.Text);
            Assert.Equal(["2401.00002"], ((IReadOnlyList<object>)removal.Parameters["rows"]!).Select(r => r.GetType().GetProperty("id")!.GetValue(r)));
        }
        Assert.Equal(2, ((object[])statements[2].Parameters["papers"]!).Length);
    }

    [Fact]
    public void Edges_point_at_the_positions_of_their_papers_and_entities_in_the_merged_lists()
    {
        var graph = new GraphBuilder(EntityLexicon.Default).Add(Extraction("2401.00001", "FastNet")).Add(Extraction("2401.00002", "SlowNet")).Build();

        var write = ContributionStatements.For(PaperContributions.Split(graph), new HashSet<string>()).Single();

        var keys = ((object[])write.Parameters["entities"]!).Select(e => (string)e.GetType().GetProperty("key")!.GetValue(e)!).ToArray();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        var mentions = ((object[])write.Parameters["mentions"]!).Cast<int[]>().Select(m => (m[0], keys[m[1]])).ToArray();
        Assert.Equal([(0, "fastnet"), (0, "glue"), (1, "glue"), (1, "slownet")], mentions.Order());
        Assert.Equal([keys.ToList().IndexOf("glue")], ((object[])write.Parameters["Benchmark"]!).Cast<int>());
    }

    [Fact]
    public void Batches_hold_whole_papers_up_to_the_element_budget()
    {
        var graph = new GraphBuilder(EntityLexicon.Default).AddRange(Enumerable.Range(1, 5).Select(i => Extraction($"2401.0000{i}", $"Model{i}"))).Build();
        var contributions = PaperContributions.Split(graph);
        var perPaper = contributions[0].ElementCount;

        var batches = ContributionBatcher.Batch(contributions, perPaper * 2).ToArray();
        var single = ContributionBatcher.Batch(contributions, 1).ToArray();

        Assert.Equal([2, 2, 1], batches.Select(b => b.Count));
        Assert.Equal(5, single.Length);
        Assert.Equal(contributions.Select(c => c.Paper.Id), batches.SelectMany(b => b).Select(c => c.Paper.Id));
    }

    [Fact]
    public void The_fingerprint_changes_with_what_the_paper_contributes_and_only_then()
    {
        string FingerprintOf(PaperExtraction e) => PaperContributions.Split(new GraphBuilder(EntityLexicon.Default).Add(e).Build())[0].Fingerprint;
        var original = Extraction("2401.00001", "FastNet");

        Assert.Equal(FingerprintOf(original), FingerprintOf(Extraction("2401.00001", "FastNet")));
        Assert.NotEqual(FingerprintOf(original), FingerprintOf(original with { Paper = original.Paper with { Abstract = "changed" } }));
        Assert.NotEqual(FingerprintOf(original), FingerprintOf(Extraction("2401.00001", "FastNet", "FN")));
        Assert.NotEqual(FingerprintOf(original), FingerprintOf(original with { Relations = [] }));
        Assert.NotEqual(FingerprintOf(original), FingerprintOf(original with { PrimaryTopic = null }));
    }

    [Fact]
    public void A_relation_stated_twice_by_one_paper_is_written_once_with_a_stable_choice()
    {
        var e = Extraction("2401.00001", "FastNet");
        var twice = e with { Relations = [.. e.Relations, new ExtractedRelation(RelationType.EvaluatedOn, "FastNet", "GLUE", "another") { Metric = "F1", Value = "80" }] };
        var reversed = twice with { Relations = twice.Relations.Reverse().ToArray() };

        var a = PaperContributions.Split(new GraphBuilder(EntityLexicon.Default).Add(twice).Build())[0];
        var b = PaperContributions.Split(new GraphBuilder(EntityLexicon.Default).Add(reversed).Build())[0];

        Assert.Single(a.Relations);
        Assert.Equal(a.Relations[0], b.Relations[0]);
    }
}
