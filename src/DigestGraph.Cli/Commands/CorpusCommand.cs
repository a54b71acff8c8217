using System.CommandLine;
using DigestGraph.Cli.Progress;
using DigestGraph.Extract;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Ingest;
using DigestGraph.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DigestGraph.Cli.Commands;

/// <summary>
/// What every command that builds the graph from digests shares: the paths argument, <c>--out</c> and <c>--strict</c>,
/// and read → extract → graph → the command's own stages under one progress display, with bad input, empty input and
/// unwritable output reported alike. Exit codes: 0 done, 1 no papers or a failure, 2 an input path that does not exist, a malformed option, or bad input in strict mode.
/// </summary>
public sealed class CorpusCommand
{
    public const int ExitFailure = 1;
    public const int ExitBadInput = 2;

    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "Digest files (*.md, *.txt), JSON Lines files (*.jsonl) or directories holding them",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string?> Output { get; } = new("--out")
    {
        Description = "Output directory (default: configuration DigestGraph:Output, which is 'out')",
    };

    public Option<bool> Strict { get; } = new("--strict")
    {
        Description = "Fail with exit code 2 on the first bad entry instead of skipping it",
    };

    public Option<string?> Categories { get; } = CategoriesOption();

    public CorpusCommand(Command command)
    {
        command.Arguments.Add(Paths);
        command.Options.Add(Output);
        command.Options.Add(Strict);
        command.Options.Add(Categories);
    }

    /// <summary><c>--categories</c>, for every command that reads a corpus.</summary>
    public static Option<string?> CategoriesOption() => new("--categories")
    {
        Description = "Keep only papers in these arXiv categories, comma-separated (cs.CL,cs.CV,cs.LG; a prefix such as cs. keeps a whole archive); entries without categories (digests) are kept",
    };

    /// <summary>
    /// Checks the input before any work: exit code 2 (<see cref="ExitBadInput"/>) with the message printed when a path
    /// names nothing or <c>--categories</c> is malformed; null when the run can go on.
    /// </summary>
    public static int? CheckInput(IReadOnlyList<string> paths, string? categories, TextWriter stderr, out CategoryFilter? filter)
    {
        filter = null;
        var missing = InputFiles.Missing(paths);
        foreach (var path in missing)
            stderr.WriteLine($"error: {path}: no such file or directory; nothing was read");
        if (missing.Count > 0) return ExitBadInput;
        try
        {
            filter = categories is null ? null : CategoryFilter.Parse(categories);
            return null;
        }
        catch (FormatException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return ExitBadInput;
        }
    }

    /// <summary>The host for this invocation; <paramref name="moreOverrides"/> are the command's own flags as configuration.</summary>
    public IHost CreateHost(ParseResult parseResult, IReadOnlyDictionary<string, string?>? moreOverrides = null)
    {
        var overrides = new Dictionary<string, string?>
        {
            ["DigestGraph:Output"] = parseResult.GetValue(Output),
            ["DigestGraph:Strict"] = parseResult.GetValue(Strict) ? "true" : null,
        };
        foreach (var (key, value) in moreOverrides ?? new Dictionary<string, string?>()) overrides[key] = value;
        return AppHost.Create(overrides);
    }

    public static string OutputDirectory(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>()["DigestGraph:Output"] is { Length: > 0 } configured ? configured : "out";

    /// <summary>The corpus options of this invocation: its paths, output directory and strictness.</summary>
    public CorpusOptions Options(ParseResult parseResult, IServiceProvider services) => new(
        parseResult.GetValue(Paths) ?? [],
        OutputDirectory(services),
        services.GetRequiredService<IConfiguration>().GetValue<bool>("DigestGraph:Strict"));

    /// <summary>
    /// Runs a use case of <see cref="UseCases"/> under one progress display; skipped entries are printed after it, then
    /// <paramref name="finish"/> prints the result and gives the exit code.
    /// </summary>
    public async Task<int> RunAsync<T>(
        ParseResult parseResult,
        IServiceProvider services,
        Func<UseCases, CorpusOptions, CancellationToken, Task<CorpusRun<T>>> useCase,
        Func<CorpusRun<T>, int> finish,
        CancellationToken ct) where T : class
    {
        var stderr = parseResult.InvocationConfiguration.Error;
        var extractor = services.GetRequiredService<IExtractor>();
        if (CheckInput(parseResult.GetValue(Paths) ?? [], parseResult.GetValue(Categories), stderr, out var categories) is { } badInput) return badInput;
        var options = Options(parseResult, services) with { Categories = categories };
        try
        {
            var run = await ProgressConsole.RunAsync(stderr, progress => Task.Run(() => useCase(new UseCases(extractor, services.GetRequiredService<ExtractionKnowledge>().Lexicon, progress), options, ct), ct));
            foreach (var problem in run.Input.Problems)
                stderr.WriteLine($"skipped: {problem}");
            if (categories is not null)
                stderr.WriteLine($"left out: {run.Input.OutsideCategories:N0} papers outside --categories {categories}");
            if (run.Output is null)
            {
                stderr.WriteLine("error: no papers in the input; nothing was written");
                return ExitFailure;
            }
            return finish(run);
        }
        catch (IngestException e)
        {
            stderr.WriteLine($"error: {e.Problem}");
            stderr.WriteLine("stopped: --strict does not skip bad input; nothing was written");
            return ExitBadInput;
        }
        // InvalidDataException: a value the output format cannot hold (e.g. a CSV delimiter inside a name).
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            stderr.WriteLine($"error: cannot write to {options.OutputDirectory}: {e.Message.TrimEnd('.', ' ')}; earlier output left as it was");
            return ExitFailure;
        }
    }

    /// <summary>A written file's path as the user would type it: relative to the working directory when inside it.</summary>
    public static string DisplayPath(string file)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(file));
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(file) : relative;
    }
}
