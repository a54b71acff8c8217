using System.Reflection;
using DigestGraph.Graph;
using DigestGraph.Query.Questions;
using DigestGraph.Neo4j;

namespace DigestGraph.Query;

/// <summary>
/// The questions <c>ask</c> answers: one per saved query of <c>cypher/queries/</c> (embedded in the library), named after
/// its file (<c>02-benchmark-leaderboard.cypher</c> is <c>benchmark-leaderboard</c>), taking its header's parameters in
/// their order with their defaults. A saved query with no in-process answer (it reads what only Neo4j holds) is listed
/// in <see cref="NeedsNeo4j"/> with the reason.
/// </summary>
public static class QuestionCatalog
{
    private const string ResourcePrefix = "DigestGraph.Queries.";

    private static readonly IQuestion[] Answerers =
    [
        new ModelsThatBeatAModel(), new BenchmarkLeaderboard(), new MostUsedBenchmarks(), new OrganizationModels(),
        new ClosestPapers(), new ShortestPathBetweenEntities(), new TopicsByMonth(), new ModelLineage(), new PaperClaims(),
        new CoMentionedEntities(), new IntroducedPerMonth(),
    ];

    /// <summary>Saved queries that only Neo4j can answer, with why.</summary>
    public static readonly IReadOnlyDictionary<string, string> NeedsNeo4j = new Dictionary<string, string>
    {
        ["07-topic-cluster-members.cypher"] = "reads the Cluster nodes the analysis writes into Neo4j",
    };

    private static readonly Lazy<IReadOnlyList<SavedQuestion>> All = new(Load);

    /// <summary>Every question <c>ask</c> answers, in file order.</summary>
    public static IReadOnlyList<SavedQuestion> Questions => All.Value;

    /// <summary>The question by its name or its file's number (<c>benchmark-leaderboard</c>, <c>02</c>, <c>2</c>).</summary>
    /// <exception cref="AskArgumentException">No such question.</exception>
    public static SavedQuestion Find(string name) =>
        Questions.FirstOrDefault(q => q.Name == name || q.Number == name || q.Number.TrimStart('0') == name)
        ?? throw new AskArgumentException($"no question '{name}'");

    /// <summary>Answers a question on a graph, with arguments positional (in the file's parameter order) or named.</summary>
    /// <exception cref="AskArgumentException">No such question, or an argument it cannot take.</exception>
    public static AskResult Answer(KnowledgeGraphView view, string question, IReadOnlyList<string> positional,
        IReadOnlyDictionary<string, object?> named, GraphNames? names = null)
    {
        var saved = Find(question);
        var arguments = new QuestionArguments(saved.Query, positional, named);
        return saved.Answerer.Answer(new QuestionContext(view, names ?? new GraphNames(view), arguments));
    }

    private static IReadOnlyList<SavedQuestion> Load()
    {
        var assembly = typeof(QuestionCatalog).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => (Resource: n, File: n[ResourcePrefix.Length..]))
            .OrderBy(x => x.File, StringComparer.Ordinal)
            .ToArray();
        var byFile = Answerers.ToDictionary(a => a.File, StringComparer.Ordinal);
        var questions = new List<SavedQuestion>();
        foreach (var (resource, file) in files)
        {
            if (NeedsNeo4j.ContainsKey(file)) continue;
            if (!byFile.Remove(file, out var answerer))
                throw new InvalidOperationException($"cypher/queries/{file} has no in-process answer and is not listed as needing Neo4j");
            questions.Add(new SavedQuestion(CypherQueryFile.Parse(file, Read(assembly, resource)), answerer));
        }
        if (byFile.Count > 0) throw new InvalidOperationException($"no saved query for {string.Join(", ", byFile.Keys)}");
        return questions;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        return reader.ReadToEnd();
    }
}
