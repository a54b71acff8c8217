using System.CommandLine;
using DigestGraph.Extract.Learning;

namespace DigestGraph.Cli.Commands;

/// <summary>
/// <c>digestgraph train --gold DIR... --out FILE [PATHS...] [--seed S]</c>: trains the extraction model on the annotated
/// papers (inputs paired with their gold files; without inputs, the digests in the gold directories) and writes the model
/// file, the same bytes for the same input. Exit codes: 0 written, 1 no annotated papers or a bad corpus.
/// </summary>
public static class TrainCommand
{
    public const int ExitNoCorpus = 1;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Digest files or directories paired with the gold files", Arity = ArgumentArity.ZeroOrMore };
        var gold = new Option<string[]>("--gold") { Description = "Directory of gold JSON Lines files; repeat for several", Required = true };
        var output = new Option<string>("--out") { Description = "The model file to write", Required = true };
        var seed = new Option<int>("--seed") { Description = "Training seed", DefaultValueFactory = _ => ExtractionModelTrainer.DefaultSeed };
        var command = new Command("train", "Train the extraction model from gold files and write the model file");
        command.Arguments.Add(paths);
        command.Options.Add(gold);
        command.Options.Add(output);
        command.Options.Add(seed);
        command.SetAction((parseResult, ct) =>
        {
            var console = parseResult.InvocationConfiguration;
            var goldDirectories = parseResult.GetValue(gold) ?? [];
            var inputs = parseResult.GetValue(paths) is { Length: > 0 } given ? given : goldDirectories;
            return Task.FromResult(Run(goldDirectories, inputs, parseResult.GetValue(output)!, parseResult.GetValue(seed), console.Output, console.Error));
        });
        return command;
    }

    private static int Run(IReadOnlyList<string> goldDirectories, IReadOnlyList<string> inputs, string output, int seed, TextWriter stdout, TextWriter stderr)
    {
        if (AnnotatedInput.Load(goldDirectories, inputs, stderr) is not { } corpus) return ExitNoCorpus;
        stderr.WriteLine($"training on {corpus.Count} annotated papers (seed {seed})");
        var model = ExtractionModelTrainer.Train(corpus, seed);
        var directory = Path.GetDirectoryName(Path.GetFullPath(output))!;
        Directory.CreateDirectory(directory);
        // Written beside the target and moved over it, so that a failed run leaves the earlier model whole.
        var temporary = Path.Combine(directory, "." + Path.GetFileName(output) + ".tmp");
        File.WriteAllBytes(temporary, model.ToBytes());
        File.Move(temporary, output, overwrite: true);
        stdout.WriteLine($"wrote {output} ({new FileInfo(output).Length:N0} bytes) from {corpus.Count} papers");
        return 0;
    }
}
