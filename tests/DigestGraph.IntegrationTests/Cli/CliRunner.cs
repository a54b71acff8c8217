using System.CommandLine;
using DigestGraph.Cli.Commands;

namespace DigestGraph.IntegrationTests.Cli;

/// <summary>Runs <c>digestgraph</c> in-process with its output captured.</summary>
public static class CliRunner
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    public static async Task<Outcome> RunAsync(params string[] args)
    {
        var root = new RootCommand("digestgraph");
        foreach (var command in CommandCatalog.All()) root.Subcommands.Add(command);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
        return new Outcome(exit, stdout.ToString(), stderr.ToString());
    }
}
