using System.CommandLine;
using DigestGraph.Extract;
using DigestGraph.Extract.Evaluation;
using DigestGraph.Ingest;
using DigestGraph.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace DigestGraph.Cli.Commands;

/// <summary>
/// <c>digestgraph extract PATHS... [--strict] [--categories LIST]</c>: prints one JSON object per paper to stdout, in the record shape of the
/// extraction contract (docs/EXTRACTION.md) plus an <c>evidence</c> sentence on each relation. Exit codes: 0 done, 1 no papers, 2 an input path that does not exist or bad input in strict mode.
/// </summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Digest files (*.md, *.txt), JSON Lines files (*.jsonl) or directories holding them",
            Arity = ArgumentArity.OneOrMore,
        };
        var strict = new Option<bool>("--strict") { Description = "Fail with exit code 2 on the first bad entry instead of skipping it" };
        var categories = CorpusCommand.CategoriesOption();
        var command = new Command("extract", "Extract entities, relations and topics; print one JSON record per paper");
        command.Arguments.Add(paths);
        command.Options.Add(strict);
        command.Options.Add(categories);
        command.SetAction((parseResult, ct) =>
        {
            using var host = AppHost.Create(new Dictionary<string, string?>());
            var console = parseResult.InvocationConfiguration;
            var extractor = host.Services.GetRequiredService<IExtractor>();
            var inputs = parseResult.GetValue(paths) ?? [];
            if (CorpusCommand.CheckInput(inputs, parseResult.GetValue(categories), console.Error, out var filter) is { } badInput) return Task.FromResult(badInput);
            return Task.FromResult(Run(extractor, inputs, parseResult.GetValue(strict), filter, console.Output, console.Error, ct));
        });
        return command;
    }

    private static int Run(IExtractor extractor, IReadOnlyList<string> paths, bool strict, CategoryFilter? categories,
        TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var reading = new CorpusReader(strict, categories).Open(paths, ct);
        PaperExtraction[] extractions;
        try
        {
            // Held until the read is done, so that bad input in strict mode prints no record.
            extractions = GraphPipeline.ExtractAll(reading.Papers, extractor, ct: ct).ToArray();
        }
        catch (IngestException e)
        {
            stderr.WriteLine($"error: {e.Problem}");
            return CorpusCommand.ExitBadInput;
        }
        var input = reading.Result;
        foreach (var problem in input.Problems)
            stderr.WriteLine($"skipped: {problem}");
        if (input.Papers.Count == 0)
        {
            stderr.WriteLine("error: no papers in the input");
            return CorpusCommand.ExitFailure;
        }
        foreach (var extraction in extractions)
            stdout.WriteLine(ExtractionRecordJson.Write(ExtractionRecordMapper.ToRecord(extraction)));
        return 0;
    }
}
