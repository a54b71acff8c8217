using System.CommandLine;
using System.Text.Json;
using DigestGraph.Cli.Commands;
using DigestGraph.Export;
using DigestGraph.Extract;
using DigestGraph.Tests.Query;

namespace DigestGraph.Tests.Cli;

public sealed class AskCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly string _graph;

    public AskCommandTests()
    {
        var graph = new HandGraph()
            .Entity("BERT-base", EntityType.Model, "BERT Base")
            .Entity("GLUE", EntityType.Benchmark)
            .Relation(RelationType.Outperforms, "FastBERT", "BERT-base", "2403.00001")
            .Relation(RelationType.Outperforms, "TinyBERT", "BERT-base", "2404.00002")
            .Relation(RelationType.EvaluatedOn, "FastBERT", "GLUE", "2403.00001", "89.5", "accuracy")
            .Build();
        _graph = Path.Combine(_dir.Path, "graph.json");
        using var file = File.Create(_graph);
        new GraphJsonExporter().Write(graph, file);
    }

    public void Dispose() => _dir.Dispose();

    private sealed record Run(int ExitCode, string Output, string Error)
    {
        public string[][] Models => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.EnumerateObject().Select(p => p.Value.ToString()).ToArray()).ToArray();
    }

    private Task<Run> AskAsync(params string[] args) => AskFileAsync(_graph, "json", args);

    private static async Task<Run> AskFileAsync(string graphFile, string format, params string[] args)
    {
        var root = new RootCommand();
        foreach (var command in CommandCatalog.All()) root.Subcommands.Add(command);
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await root.Parse(["ask", .. args, "--graph", graphFile, "--format", format]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new Run(code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task A_table_prints_Chinese_names_as_written_in_its_lists_too()
    {
        var graph = new HandGraph()
            .Entity("通义千问", EntityType.Model)
            .Paper("2403.00001", ["通义千问"])
            .Paper("2404.00002", ["通义千问"])
            .Build();
        var file = Path.Combine(_dir.Path, "chinese.json");
        using (var output = File.Create(file)) new GraphJsonExporter().Write(graph, output);

        var run = await AskFileAsync(file, "table", "closest-papers", "2403.00001");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("[\"通义千问\"]", run.Output);
        Assert.DoesNotContain("\\u", run.Output);
    }

    [Theory]
    [InlineData("models-that-beat-a-model", "BERT-base")]
    [InlineData("models-that-beat-a-model", "bert base")]
    [InlineData("models-that-beat-a-model", "Bert_Base")]
    [InlineData("01", "BERTBASE")]
    [InlineData("1", "BERT Base")]
    public async Task Names_are_found_whatever_their_case_spacing_and_hyphens_and_by_alias(string question, string name)
    {
        var run = await AskAsync(question, name);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["FastBERT", "TinyBERT"], run.Models.Select(r => r[0]));
    }

    [Fact]
    public async Task Named_arguments_are_those_query_takes()
    {
        var positional = await AskAsync("benchmark-leaderboard", "glue");
        var named = await AskAsync("benchmark-leaderboard", "--param", "benchmark=glue");

        Assert.Equal(0, named.ExitCode);
        Assert.Equal(positional.Output, named.Output);
        Assert.Equal(["FastBERT", "accuracy", "89.5", "2403.00001"], named.Models.Single().Take(4));
    }

    [Fact]
    public async Task An_unknown_name_says_so_suggests_the_nearest_names_and_answers_nothing()
    {
        var run = await AskAsync("models-that-beat-a-model", "BERT-bse");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains("no entity named 'BERT-bse'; nearest: BERT Base, BERT-base", run.Error);
        Assert.Contains("0 row(s)", run.Error);
    }

    [Fact]
    public async Task A_name_that_matches_and_has_no_answer_is_an_empty_result()
    {
        var run = await AskAsync("models-that-beat-a-model", "FastBERT");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.DoesNotContain("note:", run.Error);
    }

    [Theory]
    [InlineData("no-such-question")]
    [InlineData("models-that-beat-a-model", "BERT", "extra")]
    [InlineData("most-used-benchmarks", "many")]
    [InlineData("most-used-benchmarks", "--param", "top=3")]
    [InlineData("introduced-per-month", "Robot")]
    [InlineData("shortest-path-between-entities", "A", "B", "0")]
    public async Task A_bad_question_or_argument_exits_with_2_and_lists_the_questions(params string[] args)
    {
        var run = await AskAsync(args);

        Assert.Equal(AskCommand.ExitBadInput, run.ExitCode);
        Assert.Contains("questions:", run.Error);
        Assert.Contains("benchmark-leaderboard [benchmark=ImageNet-1k]  (02-benchmark-leaderboard.cypher)", run.Error);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task A_missing_graph_file_exits_with_2_and_says_how_to_make_one()
    {
        File.Delete(_graph);

        var run = await AskAsync("most-used-benchmarks");

        Assert.Equal(AskCommand.ExitBadInput, run.ExitCode);
        Assert.Contains(_graph, run.Error);
    }

    [Fact]
    public async Task Digests_given_as_paths_are_built_in_memory_and_asked()
    {
        var root = new RootCommand();
        foreach (var command in CommandCatalog.All()) root.Subcommands.Add(command);
        var output = new StringWriter();
        var seed = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).First();

        var code = await root.Parse(["ask", "most-used-benchmarks", "3", seed, "--format", "json"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = new StringWriter() });

        Assert.Equal(0, code);
        Assert.InRange(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, 1, 3);
    }
}
