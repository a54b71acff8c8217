using DigestGraph.Benchmarks;

// One line per benchmark: its name on the command line, what it measures, and the method that runs it.
(string Name, string Description, Func<string[], int> Run)[] benchmarks =
[
    ("extraction", "parse alone vs parse + extract vs full build over a synthetic corpus (entries/s, peak memory)", ExtractionBenchmark.Run),
    ("arxiv-dump", "CorpusReader over a generated 1-million-line arXiv metadata dump with --categories vs counting its lines (lines/s, peak memory)", ArxivDumpBenchmark.Run),
    ("extraction-micro", "BenchmarkDotNet per-entry timings: parse, extract, quantity recognition", ExtractionMicroBenchmarks.Run),
    ("build", "the whole build (read to report, no Neo4j) on a synthetic and a dense corpus: stage times, peak memory, edges kept, file sizes; optionally against an earlier CLI", BuildBenchmark.Run),
    ("analysis", "community detection, PageRank and betweenness vs python-igraph and NetworkX", AnalysisBenchmark.Run),
    ("ask", "every ask question on a synthetic graph.json (load, first and warm answers) next to the same Cypher in Neo4j 3.1.1", AskBenchmark.Run),
    ("neo4j-write", "graph elements written into Neo4j per second by batch size and concurrent writers, the smallest batch with one writer as baseline", Neo4jWriteBenchmark.Run),
];

var chosen = args.Length > 0 ? benchmarks.FirstOrDefault(b => b.Name == args[0]) : default;
if (chosen.Run is null)
{
    Console.Error.WriteLine(args.Length > 0 ? $"unknown benchmark '{args[0]}'" : "no benchmark given");
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/DigestGraph.Benchmarks -- <benchmark> [options]");
    foreach (var b in benchmarks) Console.Error.WriteLine($"  {b.Name,-20} {b.Description}");
    return 1;
}
#if DEBUG
Console.Error.WriteLine("warning: Debug build; figures are only meaningful with -c Release");
#endif
return chosen.Run(args[1..]);
