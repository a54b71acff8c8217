using System.CommandLine;
using System.Globalization;
using DigestGraph.Extract;
using DigestGraph.Extract.Evaluation;
using DigestGraph.Extract.Learning;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Pipeline;
using DigestGraph.Extract.Topics;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace DigestGraph.Cli.Commands;

/// <summary>
/// <c>digestgraph eval --gold DIR... PATHS... [--misses] [--cv K [--seed S...] [--extra PATH...] [--without-lexicon FILE]] [--rules | --learned LIST]</c>: extracts each input file,
/// scores it against the gold file of the same name stem with the guideline's metrics, and prints a table per file and
/// overall; <c>--misses</c> lists per paper what was missed or added. With <c>--cv K</c> it cross-validates instead: K
/// folds by paper, a model trained on the other folds scores each fold, printed per language and subject area; the
/// <c>--extra</c> papers join the folds but are printed apart (slice <c>extra</c>), outside the other rows; several
/// <c>--seed</c>s repeat the cross-validation with one partition each and print the runs summed, then each language per seed;
/// <c>--without-lexicon</c> trains and extracts without the lexicon entries the file names; there
/// <c>--misses</c> lists each held-out paper's entity errors with a snippet of the text.
/// <c>--rules</c> scores the rules alone (no learned decision); <c>--learned entities,relations,topics</c> (or <c>all</c>, <c>none</c>)
/// chooses which learned components replace their rules, the shipped choice by default. Exit codes: 0 scored, 1 no input file has a gold file,
/// 2 an input path that does not exist.
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
        var gold = new Option<string[]>("--gold")
        {
            Description = "Directory of gold JSON Lines files (STEM.jsonl or STEM.gold.jsonl); repeat for several", Required = true,
        };
        var misses = new Option<bool>("--misses") { Description = "Also print, per paper, missed and spurious entities and relations" };
        var cv = new Option<int?>("--cv") { Description = "Cross-validate with K folds by paper instead of scoring the shipped model" };
        var seed = new Option<int[]>("--seed")
        {
            Description = "Seed of the fold assignment and of training (with --cv); repeat for repeated cross-validation, summed over the seeds",
            DefaultValueFactory = _ => [ExtractionModelTrainer.DefaultSeed],
        };
        var extra = new Option<string[]>("--extra")
        {
            Description = "With --cv: further annotated digests (paired with the --gold files) that train and are held out but are scored in their own slice",
        };
        var withoutLexicon = new Option<string?>("--without-lexicon")
        {
            Description = "With --cv: a file naming lexicon entries (one per line) to leave out of training and extraction",
        };
        var rules = new Option<bool>("--rules") { Description = "Score the rules alone, without the learned decisions" };
        var learned = new Option<string?>("--learned")
        {
            Description = $"Learned components to use, comma-separated: entities, relations, topics, all or none (default: {ExtractionModel.ShippedComponents})",
        };
        var command = new Command("eval", "Score extraction against hand-annotated gold files");
        command.Arguments.Add(paths);
        command.Options.Add(gold);
        command.Options.Add(misses);
        command.Options.Add(cv);
        command.Options.Add(seed);
        command.Options.Add(extra);
        command.Options.Add(withoutLexicon);
        command.Options.Add(rules);
        command.Options.Add(learned);
        command.SetAction((parseResult, ct) =>
        {
            var console = parseResult.InvocationConfiguration;
            var goldDirectories = parseResult.GetValue(gold) ?? [];
            var inputs = parseResult.GetValue(paths) ?? [];
            if (goldDirectories.FirstOrDefault(d => !Directory.Exists(d)) is { } missing)
            {
                console.Error.WriteLine($"error: gold directory {missing} does not exist");
                return Task.FromResult(ExitNoGold);
            }
            if (CorpusCommand.CheckInput(inputs, null, console.Error, out _) is { } badInput) return Task.FromResult(badInput);
            var components = ExtractionModel.ShippedComponents;
            if (parseResult.GetValue(rules)) components = LearnedComponents.None;
            else if (parseResult.GetValue(learned) is { } list && !TryParseComponents(list, out components))
            {
                console.Error.WriteLine($"error: --learned {list}: expected a comma-separated list of entities, relations, topics, all or none");
                return Task.FromResult(CorpusCommand.ExitBadInput);
            }
            if (parseResult.GetValue(cv) is { } k)
            {
                var knowledge = ExtractionKnowledge.Default;
                if (parseResult.GetValue(withoutLexicon) is { } namesFile)
                {
                    try
                    {
                        knowledge = knowledge with { Lexicon = knowledge.Lexicon.Without(LexiconNameList.Read(namesFile, knowledge.Lexicon)) };
                    }
                    catch (Exception e) when (e is IOException or FormatException)
                    {
                        console.Error.WriteLine($"error: {e.Message}");
                        return Task.FromResult(CorpusCommand.ExitBadInput);
                    }
                }
                return Task.FromResult(CrossValidate(goldDirectories, inputs, parseResult.GetValue(extra) ?? [], k, parseResult.GetValue(seed) ?? [ExtractionModelTrainer.DefaultSeed], knowledge, components, parseResult.GetValue(misses), console.Output, console.Error));
            }
            using var host = AppHost.Create(new Dictionary<string, string?>());
            var extractor = components == ExtractionModel.ShippedComponents ? host.Services.GetRequiredService<IExtractor>()
                : components == LearnedComponents.None ? Extractors.RuleOnly() : ExtractionModel.Shipped.Extractor(components);
            return Task.FromResult(Run(extractor, goldDirectories, inputs, parseResult.GetValue(misses), console.Output, console.Error));
        });
        return command;
    }

    private static bool TryParseComponents(string list, out LearnedComponents components) =>
        Enum.TryParse(list, ignoreCase: true, out components) && list.Split(',').All(name => Enum.IsDefined(Enum.Parse<LearnedComponents>(name, ignoreCase: true)));

    private static int CrossValidate(IReadOnlyList<string> goldDirectories, IReadOnlyList<string> paths, IReadOnlyList<string> extraPaths, int k, IReadOnlyList<int> seeds, ExtractionKnowledge knowledge, LearnedComponents components, bool showMisses, TextWriter stdout, TextWriter stderr)
    {
        if (AnnotatedInput.Load(goldDirectories, paths, stderr) is not { } measured) return ExitNoGold;
        IReadOnlyList<AnnotatedPaper> extra = [];
        if (extraPaths.Count > 0)
        {
            if (AnnotatedInput.Load(goldDirectories, extraPaths, stderr, extra: true) is not { } loaded) return ExitNoGold;
            extra = loaded;
        }
        var corpus = measured.Concat(extra).ToArray();
        if (corpus.Length < k)
        {
            stderr.WriteLine($"error: {corpus.Length} annotated papers, fewer than the {k} folds");
            return ExitNoGold;
        }
        var rules = components == LearnedComponents.None ? new ExtractionPipelineBuilder().UseRules(knowledge, Taxonomy.Default).Build() : null;
        var fold = 0;
        var runs = CrossValidation.Repeat(corpus, k, seeds, (seed, training) =>
        {
            stderr.WriteLine($"seed {seed}, fold {fold++ % k + 1}/{k}: training on {training.Count} papers");
            return rules ?? ExtractionModelTrainer.Train(training, seed, knowledge).Extractor(knowledge, Taxonomy.Default, components);
        }, ExtractionScorer.Default);
        var summary = CrossValidationSummary.Of(runs.SelectMany(r => r.Scored).ToArray());
        var seedList = string.Join(", ", seeds);
        var leftOut = ExtractionKnowledge.Default.Lexicon.Entries.Count - knowledge.Lexicon.Entries.Count;
        stdout.WriteLine($"{k}-fold cross-validation by paper ({(seeds.Count == 1 ? "seed " : $"repeated, summed over seeds ")}{seedList}), {corpus.Length} papers ({extra.Count} extra), {(leftOut > 0 ? $"{leftOut} lexicon entries left out, " : "")}{(rules is null ? $"learned: {components}" : "rules only")}");
        var table = ScoreHeader(new Table().Border(TableBorder.Ascii), "slice");
        foreach (var (language, score) in summary.ByLanguage) table.AddRow(Row("language " + language, score));
        foreach (var (area, score) in summary.ByArea) table.AddRow(Row("area " + area, score));
        foreach (var (language, score) in summary.DevelopmentByLanguage) table.AddRow(Row("dev language " + language, score));
        table.AddRow(Row("dev (all but seeds)", summary.Development));
        table.AddRow(Row("overall", summary.Overall));
        foreach (var (area, score) in summary.ExtraByArea) table.AddRow(Row("extra area " + area, score));
        if (extra.Count > 0) table.AddRow(Row("extra", summary.Extra));
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout), Ansi = AnsiSupport.No });
        console.Profile.Width = 180;
        console.Write(table);
        if (runs.Count > 1)
        {
            var bySeed = ScoreHeader(new Table().Border(TableBorder.Ascii), "seed");
            foreach (var (seed, scored) in runs)
            {
                var run = CrossValidationSummary.Of(scored);
                foreach (var (language, score) in run.ByLanguage) bySeed.AddRow(Row($"{seed} language {language}", score));
                bySeed.AddRow(Row($"{seed} overall", run.Overall));
            }
            console.Write(bySeed);
        }
        if (showMisses)
            foreach (var (seed, scored) in runs)
            {
                if (runs.Count > 1) stdout.WriteLine($"\nseed {seed}:");
                WriteHeldOutMisses(stdout, scored);
            }
        return 0;
    }

    /// <summary>
    /// Each held-out paper's entity errors, with the first sentence that writes the name, its introduced flags, relations,
    /// wrong result values and topic errors, to read what a fold got wrong.
    /// </summary>
    private static void WriteHeldOutMisses(TextWriter stdout, IReadOnlyList<ScoredPaper> scored)
    {
        foreach (var paper in scored)
        {
            var m = paper.Misses;
            if (m.IsEmpty) continue;
            var text = paper.Paper.Paper.Title + "\n" + paper.Paper.Paper.Abstract;
            stdout.WriteLine();
            stdout.WriteLine($"{paper.Paper.Language} {paper.Paper.Area} {m.Id} {m.Title}");
            foreach (var (label, items, nameEnd) in new[] { ("missed", m.MissedEntities, " ["), ("junk", m.SpuriousEntities, " ["), ("wrong type", m.WrongTypes, ": ") })
            foreach (var item in items)
            {
                var name = item[..Math.Max(0, item.LastIndexOf(nameEnd, StringComparison.Ordinal))];
                stdout.WriteLine($"  {label}: {item}  | {Snippet(text, name)}");
            }
            Section(stdout, "wrong introduced", m.WrongIntroduced);
            Section(stdout, "missed relation", m.MissedRelations);
            Section(stdout, "spurious relation", m.SpuriousRelations);
            Section(stdout, "wrong value", m.WrongValues);
            Section(stdout, "topic", m.TopicErrors);
        }
    }

    private static string Snippet(string text, string name)
    {
        var at = name.Length == 0 ? -1 : text.IndexOf(name, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return "(not written as such)";
        var start = Math.Max(0, at - 60);
        var end = Math.Min(text.Length, at + name.Length + 60);
        return text[start..end].ReplaceLineEndings(" ");
    }

    private static int Run(IExtractor extractor, IReadOnlyList<string> goldDirectories, IReadOnlyList<string> paths, bool showMisses, TextWriter stdout, TextWriter stderr)
    {
        var inputs = GoldFiles.Expand(paths).ToArray();
        var pairs = GoldFiles.Match(goldDirectories, inputs);
        foreach (var unmatched in inputs.Except(pairs.Select(p => p.Input)))
            stderr.WriteLine($"no gold file for {unmatched} in {string.Join(", ", goldDirectories)}; not scored");
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
        var table = ScoreHeader(new Table().Border(TableBorder.Ascii), "file");
        foreach (var s in scores) table.AddRow(Row(s.Name, s.Score));
        var overall = scores.Aggregate(ScoreCard.Empty, (acc, s) => acc + s.Score);
        table.AddRow(Row("overall", overall));
        return table;
    }

    private static Table ScoreHeader(Table table, string first)
    {
        foreach (var header in new[] { first, "papers", "typed F1", "untyped F1", "untyped P", "untyped R", "introduced F1", "relation F1", "result acc", "topic F1", "primary acc" })
            table.AddColumn(header);
        return table;
    }

    private static string[] Row(string name, ScoreCard c) =>
    [
        Markup.Escape(name), c.Papers.ToString(CultureInfo.InvariantCulture),
        F(c.TypedEntities.F1), F(c.UntypedEntities.F1), F(c.UntypedEntities.Precision), F(c.UntypedEntities.Recall), F(c.Introduced.F1), F(c.Relations.F1),
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
