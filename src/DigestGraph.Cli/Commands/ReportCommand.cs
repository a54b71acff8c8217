using System.CommandLine;
using DigestGraph.Pipeline;

namespace DigestGraph.Cli.Commands;

/// <summary>
/// <c>digestgraph report PATHS... [--out DIR] [--strict] [--categories LIST]</c>: reads digests, extracts every paper, builds the graph,
/// finds its topic clusters and centralities, and writes DIR/report.html, one self-contained page to open from disk.
/// Exit codes as <see cref="CorpusCommand"/>.
/// </summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var command = new Command("report", "Write report.html: an interactive graph, leaderboards, central entities and paper cards, viewable offline");
        var corpus = new CorpusCommand(command);
        command.SetAction(async (parseResult, ct) =>
        {
            using var host = corpus.CreateHost(parseResult);
            return await corpus.RunAsync(parseResult, host.Services,
                (useCases, options, token) => useCases.ReportAsync(options, token),
                run =>
                {
                    parseResult.InvocationConfiguration.Output.WriteLine($"Wrote {CorpusCommand.DisplayPath(run.Output!)}");
                    return 0;
                },
                ct);
        });
        return command;
    }
}
