using System.CommandLine;
using DigestGraph.Cli.Commands;

var root = new RootCommand("DigestGraph: digests of machine-learning papers into a knowledge graph");
foreach (var command in CommandCatalog.All())
    root.Subcommands.Add(command);
return await root.Parse(args).InvokeAsync();
