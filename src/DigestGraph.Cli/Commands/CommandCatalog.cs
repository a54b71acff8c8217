using System.CommandLine;

namespace DigestGraph.Cli.Commands;

/// <summary>Every subcommand of <c>digestgraph</c>, one file each.</summary>
public static class CommandCatalog
{
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
