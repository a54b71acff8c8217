using System.CommandLine;
using System.Globalization;
using DigestGraph.Extract;
using DigestGraph.Extract.Evaluation;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace DigestGraph.Cli.Commands;

/// <summary>
/// <c>digestgraph eval --gold DIR PATHS... [--misses]</c>: extracts each input file, scores it against the gold file of
/// the same name stem with the guideline's metrics, and prints a table per file and overall; <c>--misses</c> lists per
/// paper what was missed or added. Exit codes: 0 scored, 1 no input file has a gold file, 2 an input path that does not exist.
/// </summary>
public static class EvalCommand
{
    public const int ExitNoGold = 1;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Digest files or directories; each is scored against DIR/<name stem>.jsonl",
            Arity = ArgumentArity.OneOrMore,
        };
        var gold = new Option<string>("--gold") { Description = "Directory of gold JSON Lines files", Required = true };
        var misses = new Option<bool>("--misses") { Description = "Also print, per paper, missed and spurious entities and relations" };
        var command = new Command("eval", "Score extraction against hand-annotated gold files");
        command.Arguments.Add(paths);
        command.Options.Add(gold);
        command.Options.Add(misses);
        command.SetAction((parseResult, ct) =>
        {
            using var host = AppHost.Create(new Dictionary<string, string?>());
            var console = parseResult.InvocationConfiguration;
            var extractor = host.Services.GetRequiredService<IExtractor>();
            return Task.FromResult(Run(extractor, parseResult.GetValue(gold)!, parseResult.GetValue(paths) ?? [],
                parseResult.GetValue(misses), console.Output, console.Error));
        });
        return command;
    }

    private static int Run(IExtractor extractor, string goldDirectory, IReadOnlyList<string> paths, bool showMisses, TextWriter stdout, TextWriter stderr)
    {
        if (CorpusCommand.CheckInput(paths, null, stderr, out _) is { } badInput) return badInput;
        if (!Directory.Exists(goldDirectory))
        {
            stderr.WriteLine($"error: gold directory {goldDirectory} does not exist");
            return ExitNoGold;
        }
        var inputs = GoldFiles.Expand(paths).ToArray();
        var pairs = GoldFiles.Match(goldDirectory, inputs);
        foreach (var unmatched in inputs.Except(pairs.Select(p => p.Input)))
            stderr.WriteLine($"no gold file for {unmatched} in {goldDirectory}; not scored");
        if (pairs.Count == 0)
        {
            stderr.WriteLine("error: no input file has a gold file");
            return ExitNoGold;
        }

        var evaluator = new ExtractionEvaluator(extractor, ExtractionScorer.Default);
        var scores = new List<FileScore>();
        foreach (var (input, goldPath) in pairs)
        {
            try
            {
                scores.Add(evaluator.EvaluateFile(input, goldPath));
            }
            catch (FormatException e)
            {
                stderr.WriteLine($"error: {e.Message}");
                return ExitNoGold;
            }
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout), Ansi = AnsiSupport.No });
        console.Profile.Width = 160;
        console.Write(ScoreTable(scores));
        if (showMisses) WriteMisses(stdout, scores);
        return 0;
    }

    public static Table ScoreTable(IReadOnlyList<FileScore> scores)
    {
        var table = new Table().Border(TableBorder.Ascii);
        foreach (var header in new[] { "file", "papers", "typed F1", "untyped F1", "introduced F1", "relation F1", "result acc", "topic F1", "primary acc" })
            table.AddColumn(header);
        foreach (var s in scores) table.AddRow(Row(s.Name, s.Score));
        var overall = scores.Aggregate(ScoreCard.Empty, (acc, s) => acc + s.Score);
        table.AddRow(Row("overall", overall));
        return table;
    }

    private static string[] Row(string name, ScoreCard c) =>
    [
        Markup.Escape(name), c.Papers.ToString(CultureInfo.InvariantCulture),
        F(c.TypedEntities.F1), F(c.UntypedEntities.F1), F(c.Introduced.F1), F(c.Relations.F1),
        F(c.ResultAccuracy.Value), F(c.Topics.F1), F(c.PrimaryTopic.Value),
    ];

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);

    private static void WriteMisses(TextWriter stdout, IReadOnlyList<FileScore> scores)
    {
        foreach (var file in scores)
        foreach (var paper in file.Misses.Where(m => !m.IsEmpty))
        {
            stdout.WriteLine();
            stdout.WriteLine($"{file.Name} {paper.Id} {paper.Title}");
            Section(stdout, "missed entity", paper.MissedEntities);
            Section(stdout, "spurious entity", paper.SpuriousEntities);
            Section(stdout, "wrong type", paper.WrongTypes);
            Section(stdout, "wrong introduced", paper.WrongIntroduced);
            Section(stdout, "missed relation", paper.MissedRelations);
            Section(stdout, "spurious relation", paper.SpuriousRelations);
            Section(stdout, "wrong value", paper.WrongValues);
            Section(stdout, "topic", paper.TopicErrors);
        }
    }

    private static void Section(TextWriter stdout, string label, IReadOnlyList<string> items)
    {
        foreach (var item in items) stdout.WriteLine($"  {label}: {item}");
    }
}
