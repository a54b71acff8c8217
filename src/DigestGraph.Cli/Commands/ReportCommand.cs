using System.CommandLine;
using DigestGraph.Analyse;
using DigestGraph.Cli.Progress;
using DigestGraph.Export.Report;
using DigestGraph.Extract;
using DigestGraph.Graph;
using DigestGraph.Ingest;
using DigestGraph.Progress;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigestGraph.Cli.Commands;

/// <summary>
/// <c>digestgraph report PATHS... [--out DIR] [--strict]</c>: reads digests, extracts every paper, builds the graph,
/// finds its topic clusters and centralities, and writes DIR/report.html, one self-contained page to open from disk.
/// Exit codes as <see cref="BuildCommand"/>.
/// </summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Digest files (*.md, *.txt), JSON Lines files (*.jsonl) or directories holding them",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--out")
        {
            Description = "Output directory (default: configuration DigestGraph:Output, which is 'out')",
        };
        var strict = new Option<bool>("--strict")
        {
            Description = "Fail with exit code 2 on the first bad entry instead of skipping it",
        };
        var command = new Command("report", "Write report.html: an interactive graph, leaderboards, central entities and paper cards, viewable offline");
        command.Arguments.Add(paths);
        command.Options.Add(output);
        command.Options.Add(strict);
        command.SetAction(async (parseResult, ct) =>
        {
            var overrides = new Dictionary<string, string?>
            {
                ["DigestGraph:Output"] = parseResult.GetValue(output),
                ["DigestGraph:Strict"] = parseResult.GetValue(strict) ? "true" : null,
            };
            using var host = AppHost.Create(overrides);
            var console = parseResult.InvocationConfiguration;
            return await RunAsync(host.Services, parseResult.GetValue(paths) ?? [], console.Output, console.Error, ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> paths, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var strict = configuration.GetValue<bool>("DigestGraph:Strict");
        var outputDirectory = configuration["DigestGraph:Output"] is { Length: > 0 } configured ? configured : "out";
        var extractor = services.GetRequiredService<IExtractor>();
        var path = Path.Combine(outputDirectory, HtmlReportWriter.FileName);

        IngestResult input;
        try
        {
            // Problems and the result are printed after the progress display has finished, so that they stay readable.
            input = await ProgressConsole.RunAsync(stderr, progress => Task.Run(() =>
            {
                var read = Read(paths, strict, progress);
                if (read.Papers.Count == 0) return read;
                var graph = BuildGraph(read.Papers, extractor, progress, ct);
                progress.Report(new StageProgress("analyse", 0, null));
                var analysis = ReportAnalysis.From(ClusterAnalysis.Run(graph), graph);
                progress.Report(StageProgress.Finished("analyse", graph.Papers.Count + graph.Entities.Count));
                progress.Report(new StageProgress("report", 0, graph.Papers.Count));
                HtmlReportWriter.Write(graph, analysis, path);
                progress.Report(StageProgress.Finished("report", graph.Papers.Count));
                return read;
            }, ct));
        }
        catch (IngestException e)
        {
            stderr.WriteLine($"error: {e.Problem}");
            stderr.WriteLine("stopped: strict mode does not skip bad input; nothing was written");
            return BuildCommand.ExitBadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot write {path}: {e.Message}; an earlier report was left as it was");
            return BuildCommand.ExitNoInput;
        }
        foreach (var problem in input.Problems)
            stderr.WriteLine($"skipped: {problem}");
        if (input.Papers.Count == 0)
        {
            stderr.WriteLine("error: no papers in the input; nothing was written");
            return BuildCommand.ExitNoInput;
        }
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(path));
        stdout.WriteLine($"Wrote {(relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative)}");
        return 0;
    }

    private static IngestResult Read(IReadOnlyList<string> paths, bool strict, IProgress<StageProgress> progress)
    {
        progress.Report(new StageProgress("read", 0, null));
        var input = new CorpusReader(strict).Read(paths);
        progress.Report(StageProgress.Finished("read", input.Papers.Count));
        return input;
    }

    private static KnowledgeGraph BuildGraph(IReadOnlyList<Paper> papers, IExtractor extractor, IProgress<StageProgress> progress, CancellationToken ct)
    {
        long done = 0;
        progress.Report(new StageProgress("extract", 0, papers.Count));
        var extractions = papers
            .AsParallel()
            .AsOrdered()
            .WithCancellation(ct)
            .Select(paper =>
            {
                var extraction = extractor.Extract(paper);
                progress.Report(new StageProgress("extract", Interlocked.Increment(ref done), papers.Count));
                return extraction;
            })
            .ToArray();
        progress.Report(StageProgress.Finished("extract", extractions.Length));
        return new GraphBuilder().AddRange(extractions.Track(progress, "graph")).Build();
    }
}
