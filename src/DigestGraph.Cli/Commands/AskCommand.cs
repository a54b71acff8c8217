using System.CommandLine;
using System.Text.Json;
using DigestGraph.Extract;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Graph;
using DigestGraph.Pipeline;
using DigestGraph.Query;
using DigestGraph.Neo4j;
using Microsoft.Extensions.DependencyInjection;

namespace DigestGraph.Cli.Commands;

/// <summary>
/// <c>digestgraph ask QUESTION [ARGS]... [--param name=value]... [--graph out/graph.json | PATHS...] [--format table|json]</c>:
/// answers a saved question of <c>cypher/queries/</c> in process, without Neo4j, on a <c>graph.json</c> or on digests
/// built in memory. A positional token that names an existing file or directory is an input path; the others are the
/// question's arguments in its parameter order. Exit codes: 0 answered (an empty answer included), 2 a bad question,
/// argument or graph file (with the list of questions).
/// </summary>
public static class AskCommand
{
    public const int ExitBadInput = 2;
    private const string DefaultGraph = "out/graph.json";

    public static Command Create()
    {
        var question = new Argument<string?>("question") { Description = "A question (see the list below) or its number", Arity = ArgumentArity.ZeroOrOne };
        var rest = new Argument<string[]>("args") { Description = "The question's arguments in order, and digests (files or directories) to build the graph from", Arity = ArgumentArity.ZeroOrMore };
        var parameters = new Option<string[]>("--param") { Description = "A named argument name=value (repeatable), typed as query --param types it", AllowMultipleArgumentsPerToken = false };
        var graph = new Option<string?>("--graph") { Description = $"A graph.json written by build (default {DefaultGraph} when no digests are given)" };
        var format = new Option<string>("--format") { Description = "table (default) or json (one JSON object per row)", DefaultValueFactory = _ => "table" };
        var command = new Command("ask", "Answer a saved question on the graph without Neo4j\n\nQuestions:\n" + QuestionList());
        command.Arguments.Add(question);
        command.Arguments.Add(rest);
        command.Options.Add(parameters);
        command.Options.Add(graph);
        command.Options.Add(format);
        command.SetAction((parseResult, ct) => Task.FromResult(Run(
            parseResult.GetValue(question), parseResult.GetValue(rest) ?? [], parseResult.GetValue(parameters) ?? [],
            parseResult.GetValue(graph), parseResult.GetValue(format)!,
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, ct)));
        return command;
    }

    private static int Run(string? question, IReadOnlyList<string> rest, IReadOnlyList<string> parameters, string? graphFile,
        string format, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var paths = rest.Where(t => File.Exists(t) || Directory.Exists(t)).ToArray();
        var positional = rest.Where(t => !paths.Contains(t)).ToArray();
        SavedQuestion saved;
        Dictionary<string, object?> named;
        try
        {
            if (format is not ("table" or "json")) throw new AskArgumentException($"--format must be table or json, not '{format}'");
            if (question is null) throw new AskArgumentException("which question?");
            if (graphFile is not null && paths.Length > 0) throw new AskArgumentException("give --graph or digests, not both");
            saved = QuestionCatalog.Find(question);
            named = parameters.Select(CypherParameterValue.ParseAssignment).ToDictionary(p => p.Name, p => p.Value);
            // Checked before a large graph is loaded, so that a typo fails at once.
            _ = new QuestionArguments(saved.Query, positional, named);
        }
        catch (Exception e) when (e is AskArgumentException or FormatException)
        {
            return BadInput(stderr, e.Message);
        }

        KnowledgeGraphView view;
        try
        {
            view = paths.Length > 0 ? ViewOfDigests(paths, ct) : KnowledgeGraphView.Load(graphFile ?? DefaultGraph);
        }
        catch (FormatException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            if (graphFile is null && paths.Length == 0) stderr.WriteLine($"build the graph first (build PATHS writes {DefaultGraph}), or give --graph FILE or digests");
            return ExitBadInput;
        }

        AskResult result;
        try { result = QuestionCatalog.Answer(view, saved.Name, positional, named); }
        catch (AskArgumentException e) { return BadInput(stderr, e.Message); }

        foreach (var note in result.Notes) stderr.WriteLine($"note: {note}");
        var rows = result.Rows.Select(r => (IReadOnlyList<JsonElement>)r.Select(v => JsonSerializer.SerializeToElement(v)).ToArray()).ToArray();
        ResultPrinter.Write(stdout, format, result.Columns, rows);
        stderr.WriteLine($"{rows.Length} row(s)");
        return 0;
    }

    /// <summary>The digests built in memory by the pipeline's use case, with the extractor the configuration names (DigestGraph:Model), as build uses.</summary>
    private static KnowledgeGraphView ViewOfDigests(IReadOnlyList<string> paths, CancellationToken ct)
    {
        using var host = AppHost.Create(new Dictionary<string, string?>());
        var useCases = new UseCases(host.Services.GetRequiredService<IExtractor>(), host.Services.GetRequiredService<ExtractionKnowledge>().Lexicon);
        return useCases.AskViewAsync(new CorpusOptions(paths, CorpusCommand.OutputDirectory(host.Services)), ct).GetAwaiter().GetResult();
    }

    private static int BadInput(TextWriter stderr, string message)
    {
        stderr.WriteLine($"error: {message}");
        stderr.WriteLine("questions:");
        stderr.Write(QuestionList());
        return ExitBadInput;
    }

    /// <summary>One line per question: its name, its arguments with their defaults, and its Cypher file.</summary>
    private static string QuestionList() => string.Concat(QuestionCatalog.Questions.Select(q =>
        $"  {q.Name} {string.Join(' ', q.Query.Parameters.Select(p => $"[{p}={q.Query.Defaults[p] ?? "null"}]"))}  ({q.File})\n"));
}
