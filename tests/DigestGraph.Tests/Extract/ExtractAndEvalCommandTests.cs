using System.CommandLine;
using DigestGraph.Cli.Commands;
using DigestGraph.Extract.Learning;

namespace DigestGraph.Tests.Extract;

/// <summary>The <c>extract</c>, <c>eval</c> and <c>train</c> commands as a user runs them.</summary>
public class ExtractAndEvalCommandTests
{
    private const string Digest = "## Kestrel: Fast Routing\n[Kestrel：快速路由](https://arxiv.org/abs/2401.00001)\n\n我们提出了 Kestrel，它超越了 GPT-4o。\n";

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var root = new RootCommand();
        foreach (var c in CommandCatalog.All()) root.Subcommands.Add(c);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Extract_prints_one_json_record_per_paper()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("d.md", Digest + "\n## Heron\n[Heron](https://arxiv.org/abs/2401.00002)\n\nWe introduce Heron.\n");
        var (exit, stdout, _) = Run("extract", file);
        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var first = System.Text.Json.Nodes.JsonNode.Parse(lines[0])!;
        Assert.Equal("2401.00001", (string?)first["id"]);
        Assert.NotNull((string?)first["relations"]![0]!["evidence"]);
    }

    [Fact]
    public void Extract_in_strict_mode_prints_no_record_when_a_later_file_is_bad()
    {
        using var dir = new TempDirectory();
        dir.Write("a.md", Digest);
        var bad = dir.Write("b.md", "## No Link\n[无](https://example.org)\n\nLost.\n");
        var (exit, stdout, stderr) = Run("extract", dir.Path, "--strict");
        Assert.Equal(CorpusCommand.ExitBadInput, exit);
        Assert.Equal("", stdout);
        Assert.Contains($"error: {bad}:1", stderr);
    }

    [Fact]
    public void Eval_scores_against_the_gold_file_of_the_same_stem_and_lists_misses()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("d.md", Digest);
        Directory.CreateDirectory(Path.Combine(dir.Path, "gold"));
        File.WriteAllText(Path.Combine(dir.Path, "gold", "d.jsonl"),
            "{\"id\": \"2401.00001\", \"title\": \"Kestrel\", \"entities\": [{\"name\": \"Kestrel\", \"type\": \"Method\", \"introduced\": true}, "
            + "{\"name\": \"GPT-4o\", \"type\": \"Model\"}, {\"name\": \"Heron\", \"type\": \"Model\"}], \"relations\": [], \"topics\": [], \"primary_topic\": null}\n");
        var (exit, stdout, _) = Run("eval", "--gold", Path.Combine(dir.Path, "gold"), input, "--misses");
        Assert.Equal(0, exit);
        Assert.Contains("overall", stdout);
        Assert.Contains("typed F1", stdout);
        Assert.Contains("missed entity: Heron", stdout);
        Assert.Contains("spurious relation: OUTPERFORMS Kestrel -> GPT-4o", stdout);
    }

    [Fact]
    public void Eval_fails_when_no_input_has_a_gold_file()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("d.md", Digest);
        var (exit, _, stderr) = Run("eval", "--gold", dir.Path, input);
        Assert.NotEqual(0, exit);
        Assert.Contains("no input file has a gold file", stderr);
    }

    [Fact]
    public void Train_writes_the_same_model_file_twice_and_eval_with_it_runs()
    {
        using var dir = new TempDirectory();
        var first = Path.Combine(dir.Path, "a.model");
        var second = Path.Combine(dir.Path, "b.model");
        var (exit, stdout, _) = Run("train", "--gold", RepoPaths.Dev, "--out", first, Path.Combine(RepoPaths.Dev, "llm-en.md"), Path.Combine(RepoPaths.Dev, "llm-zh.md"));
        Assert.Equal(0, exit);
        Assert.Contains("a.model", stdout);
        Assert.Equal(0, Run("train", "--gold", RepoPaths.Dev, "--out", second, Path.Combine(RepoPaths.Dev, "llm-en.md"), Path.Combine(RepoPaths.Dev, "llm-zh.md")).Exit);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.True(ExtractionModel.Load(first).Entities is not null);
    }

    [Fact]
    public void Train_without_annotated_papers_fails_and_leaves_the_earlier_model_alone()
    {
        using var dir = new TempDirectory();
        var model = dir.Write("x.model", [1, 2, 3]);
        var input = dir.Write("d.md", Digest);
        var (exit, _, stderr) = Run("train", "--gold", dir.Path, "--out", model, input);
        Assert.Equal(TrainCommand.ExitNoCorpus, exit);
        Assert.Contains("no input file has a gold file", stderr);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(model));
    }

    [Fact]
    public void Eval_cv_prints_cross_validated_scores_per_language_and_area()
    {
        var (exit, stdout, _) = Run("eval", "--cv", "2", "--gold", RepoPaths.Dev, Path.Combine(RepoPaths.Dev, "speech-en.md"), Path.Combine(RepoPaths.Dev, "speech-zh.md"));
        Assert.Equal(0, exit);
        Assert.Contains("2-fold cross-validation by paper", stdout);
        Assert.Contains("language en", stdout);
        Assert.Contains("language zh", stdout);
        Assert.Contains("area speech", stdout);
        Assert.Contains("overall", stdout);
    }

    [Fact]
    public void Eval_cv_misses_list_each_held_out_papers_entity_and_relation_errors()
    {
        var (exit, stdout, _) = Run("eval", "--cv", "2", "--rules", "--misses", "--gold", RepoPaths.Dev, Path.Combine(RepoPaths.Dev, "speech-en.md"));
        Assert.Equal(0, exit);
        Assert.Matches(@"\n  missed: .+ \[", stdout);
        Assert.Matches(@"\n  missed relation: [A-Z_]+ ", stdout);
    }

    [Fact]
    public void Eval_cv_with_several_seeds_sums_the_runs_and_prints_each_seed()
    {
        var input = Path.Combine(RepoPaths.Dev, "speech-en.md");
        var papers = File.ReadLines(input).Count(l => l.StartsWith("## ", StringComparison.Ordinal));
        var (exit, stdout, _) = Run("eval", "--cv", "2", "--rules", "--seed", "1", "--seed", "2", "--gold", RepoPaths.Dev, input);
        Assert.Equal(0, exit);
        Assert.Contains("repeated, summed over seeds 1, 2", stdout);
        // Every paper is scored once per seed.
        Assert.Matches($@"\| language en +\| {2 * papers} ", stdout);
        Assert.Matches($@"\| 1 language en +\| {papers} ", stdout);
        Assert.Matches($@"\| 2 language en +\| {papers} ", stdout);
    }

    [Fact]
    public void Eval_cv_without_lexicon_entries_says_how_many_and_names_a_bad_file()
    {
        var input = Path.Combine(RepoPaths.Dev, "speech-en.md");
        var (exit, stdout, _) = Run("eval", "--cv", "2", "--rules", "--without-lexicon", RepoPaths.LexiconNamedFromMisses, "--gold", RepoPaths.Dev, input);
        Assert.Equal(0, exit);
        Assert.Contains("24 lexicon entries left out", stdout);

        using var dir = new TempDirectory();
        var bad = dir.Write("names.txt", "No Such Entity\n");
        var (badExit, _, stderr) = Run("eval", "--cv", "2", "--without-lexicon", bad, "--gold", RepoPaths.Dev, input);
        Assert.Equal(2, badExit);
        Assert.Contains($"{bad}:1", stderr);
    }

    [Fact]
    public void Eval_learned_chooses_the_components_and_names_a_bad_list()
    {
        var input = Path.Combine(RepoPaths.Dev, "speech-en.md");
        var (exit, stdout, _) = Run("eval", "--cv", "2", "--learned", "entities,topics", "--gold", RepoPaths.Dev, input, Path.Combine(RepoPaths.Dev, "speech-zh.md"));
        Assert.Equal(0, exit);
        Assert.Contains("learned: Entities, Topics", stdout);
        Assert.Contains("dev (all but seeds)", stdout);

        var (badExit, _, stderr) = Run("eval", "--learned", "entities,everything", "--gold", RepoPaths.Dev, input);
        Assert.Equal(2, badExit);
        Assert.Contains("--learned entities,everything", stderr);
    }
}
