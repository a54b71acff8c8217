using DigestGraph.Graph;

namespace DigestGraph.Query.Questions;

/// <summary>The papers closest to a paper by the entities they share: shared count, Jaccard similarity, shared names.</summary>
internal sealed class ClosestPapers : IQuestion
{
    public string File => "05-closest-papers.cypher";

    public AskResult Answer(QuestionContext c)
    {
        var limit = c.Arguments.Count("limit");
        var paper = c.Names.Paper(c.Arguments.Text("paper"), c.Notes);
        if (paper is null) return c.Result(Columns, []);
        var vertex = c.View.Paper(paper.Id)!;
        var mine = Mentioned(c, vertex);
        var shared = new Dictionary<KnowledgeVertex, HashSet<string>>();
        foreach (var entity in mine)
            foreach (var edge in c.View.Graph.InEdges(entity))
            {
                if (edge.Tag.Kind != EdgeKind.Mentions || edge.Source.Equals(vertex)) continue;
                if (!shared.TryGetValue(edge.Source, out var names)) shared[edge.Source] = names = new HashSet<string>(StringComparer.Ordinal);
                names.Add(c.Entity(entity).Name);
            }
        var rows = shared
            .Select(kv => (Paper: kv.Key.Id, Shared: kv.Value, Jaccard:
                CypherValues.Round(1000.0 * kv.Value.Count / (mine.Count + Mentioned(c, kv.Key).Count - kv.Value.Count)) / 1000.0))
            .OrderByDescending(x => x.Shared.Count)
            .ThenByDescending(x => x.Jaccard)
            .ThenBy(x => x.Paper, CypherValues.Order)
            .Take(limit)
            .Select(x => new object?[]
            {
                x.Paper, c.Graph.PapersById[x.Paper].Paper.Title, (long)x.Shared.Count, x.Jaccard,
                x.Shared.Order(CypherValues.Order).ToArray<object?>(),
            });
        return c.Result(Columns, rows);
    }

    private static readonly string[] Columns = ["paper", "title", "sharedEntities", "jaccard", "shared"];

    private static HashSet<KnowledgeVertex> Mentioned(QuestionContext c, KnowledgeVertex paper) =>
        c.EdgesFrom(paper, EdgeKind.Mentions).Select(e => e.Target).ToHashSet();
}
