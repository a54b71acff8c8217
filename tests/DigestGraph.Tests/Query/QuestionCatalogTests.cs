using DigestGraph.Query;

namespace DigestGraph.Tests.Query;

public sealed class QuestionCatalogTests
{
    [Fact]
    public void Every_saved_query_is_a_question_of_the_same_name_or_is_said_to_need_neo4j()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "cypher", "queries"), "*.cypher").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var covered = QuestionCatalog.Questions.Select(q => q.File).Concat(QuestionCatalog.NeedsNeo4j.Keys).Order(StringComparer.Ordinal);

        Assert.Equal(files, covered);
        Assert.All(QuestionCatalog.Questions, q => Assert.Equal(q.File, $"{q.Number}-{q.Name}.cypher"));
        Assert.True(QuestionCatalog.Questions.Count >= 10);
    }

    [Fact]
    public void The_readme_table_documents_each_question_with_its_arguments_defaults_and_file()
    {
        var readme = File.ReadAllLines(Path.Combine(RepoPaths.Root, "README.md"));
        foreach (var question in QuestionCatalog.Questions)
        {
            var row = Assert.Single(readme, l => l.StartsWith($"| `{question.Name}` |", StringComparison.Ordinal));
            var cells = row.Split(" | ");
            var arguments = question.Query.Parameters.Select(p => $"`{p}` ({question.Query.Defaults[p] ?? "null"}").ToArray();
            Assert.All(arguments, a => Assert.Contains(a, cells[1]));
            Assert.Equal(arguments.Length, cells[1].Count(c => c == '`') / 2);
            Assert.Contains($"(cypher/queries/{question.File})", cells[3]);
        }
        foreach (var file in QuestionCatalog.NeedsNeo4j.Keys) Assert.Contains(readme, l => l.Contains($"`{file}` has no `ask` question"));
    }

    [Fact]
    public void Questions_are_found_by_name_or_number_and_an_unknown_one_is_an_argument_error()
    {
        Assert.Equal("benchmark-leaderboard", QuestionCatalog.Find("02").Name);
        Assert.Equal("benchmark-leaderboard", QuestionCatalog.Find("2").Name);
        Assert.Equal(["from", "to", "k"], QuestionCatalog.Find("shortest-path-between-entities").Query.Parameters);
        Assert.Throws<AskArgumentException>(() => QuestionCatalog.Find("leaderboard"));
        Assert.Throws<AskArgumentException>(() => QuestionCatalog.Find("07"));
    }
}
