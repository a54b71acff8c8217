using System.CommandLine;
using System.CommandLine.Help;

namespace DigestGraph.Cli.Commands;

/// <summary>Every subcommand of <c>digestgraph</c>, one file each.</summary>
public static class CommandCatalog
{
    public const string ToolName = "digestgraph";

    /// <summary>
    /// The root command, named as the user types it (a <see cref="RootCommand"/> takes the executable's name, which is
    /// DigestGraph.Cli under <c>dotnet run</c>), so usage lines read <c>digestgraph build ...</c>.
    /// </summary>
    public static Command Root()
    {
        var root = new Command(ToolName, "DigestGraph: digests of machine-learning papers into a knowledge graph");
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        foreach (var command in All()) root.Subcommands.Add(command);
        return root;
    }

    public static IEnumerable<Command> All() =>
    [
        BuildCommand.Create(),
        ExtractCommand.Create(),
        EvalCommand.Create(),
        TrainCommand.Create(),
        ClustersCommand.Create(),
        ReportCommand.Create(),
        QueryCommand.Create(),
        AskCommand.Create(),
        ExportCommand.Create(),
    ];
}
