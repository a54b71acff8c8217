using DigestGraph.Graph;
using QuikGraph;
using QuikGraph.Algorithms.ShortestPath;

namespace DigestGraph.Query;

/// <summary>
/// The k shortest paths between two vertices through relations and mentions, either way along an edge, with at most
/// <see cref="MaxHops"/> hops; paths of equal length in the order of their steps' names, then their edges' types and
/// papers (exactly so while the paths tied with the k-th number fewer than 32 more than k; beyond, in Yen's order). QuikGraph's Yen algorithm finds them on the part of the graph such paths can use (the vertices near either
/// end), so a query on a large graph does not walk all of it; two relations between the same two vertices make two paths.
/// </summary>
internal sealed class KShortestPaths(KnowledgeGraphView view)
{
    /// <summary>As the Cypher file's <c>[*..8]</c>.</summary>
    public const int MaxHops = 8;

    // Paths beyond k that Yen enumerates, so that ties at the k-th length are ordered by name rather than by search order.
    private const int TieAllowance = 32;

    private sealed class Ball(KnowledgeVertex root)
    {
        public Dictionary<KnowledgeVertex, int> Distance { get; } = new() { [root] = 0 };
        public List<KnowledgeVertex> Frontier { get; set; } = [root];
        public int Radius { get; set; }
    }

    public IReadOnlyList<GraphPath> Find(KnowledgeVertex from, KnowledgeVertex to, int k)
    {
        if (k < 1 || from.Equals(to)) return [];
        var a = new Ball(from);
        var b = new Ball(to);
        var shortest = GrowUntilMeeting(a, b);
        if (shortest is null) return [];

        var found = new List<GraphPath>();
        for (var bound = shortest.Value; bound <= MaxHops; bound++)
        {
            while (a.Radius + b.Radius < bound && Grow(a.Frontier.Count <= b.Frontier.Count || b.Frontier.Count == 0 ? a : b)) { }
            found = PathsWithin(a, b, from, to, bound, k + TieAllowance);
            if (found.Count >= k) break;
        }
        return found
            .OrderBy(p => p.Hops)
            .ThenBy(p => p.Vertices.Select(view.DisplayName).ToArray(), Names)
            .ThenBy(p => p.Edges.Select(e => e.Tag.Type).ToArray(), Names)
            .ThenBy(p => p.Edges.Select(e => e.Tag.Relation?.PaperId ?? e.Source.Id).ToArray(), Names)
            .Take(k)
            .ToArray();
    }

    private static readonly IComparer<string[]> Names = Comparer<string[]>.Create((x, y) => CypherValues.ListOrder.Compare(x, y));

    /// <summary>The length of the shortest path, found by growing the smaller ball until the two meet; null beyond <see cref="MaxHops"/>.</summary>
    private int? GrowUntilMeeting(Ball a, Ball b)
    {
        while (a.Radius + b.Radius < MaxHops)
        {
            var side = a.Frontier.Count <= b.Frontier.Count ? a : b;
            var other = side == a ? b : a;
            if (!Grow(side)) return null;
            // The balls were apart one level ago, so the first vertex both reach gives the distance.
            if (side.Frontier.Any(other.Distance.ContainsKey)) return a.Radius + b.Radius;
        }
        return null;
    }

    /// <summary>Adds the next level of a ball; false when it has no vertex left to reach.</summary>
    private bool Grow(Ball ball)
    {
        if (ball.Frontier.Count == 0) return false;
        var next = new List<KnowledgeVertex>();
        foreach (var vertex in ball.Frontier)
            foreach (var (neighbour, _) in Steps(vertex))
                if (ball.Distance.TryAdd(neighbour, ball.Radius + 1)) next.Add(neighbour);
        ball.Frontier = next;
        ball.Radius++;
        return true;
    }

    /// <summary>
    /// Every path of at most <paramref name="bound"/> hops lies in the two balls (radii summing to at least the bound),
    /// on vertices no farther than the bound from both ends: Yen runs on the graph those vertices induce, one edge each way per pair of neighbours, and each of its vertex paths
    /// becomes one path per choice of the relations between its neighbours.
    /// </summary>
    private List<GraphPath> PathsWithin(Ball a, Ball b, KnowledgeVertex from, KnowledgeVertex to, int bound, int enumerate)
    {
        // A vertex outside the other ball is at least one level beyond it from the other end.
        var inside = a.Distance.Where(kv => kv.Value + AtLeast(b, kv.Key) <= bound)
            .Concat(b.Distance.Where(kv => kv.Value + AtLeast(a, kv.Key) <= bound))
            .Select(kv => kv.Key)
            .ToHashSet();
        if (!inside.Contains(from) || !inside.Contains(to)) return [];
        var sub = new AdjacencyGraph<KnowledgeVertex, EquatableTaggedEdge<KnowledgeVertex, double>>(allowParallelEdges: false);
        sub.AddVertexRange(inside);
        var between = new Dictionary<(KnowledgeVertex, KnowledgeVertex), List<TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>>>();
        foreach (var vertex in inside)
            foreach (var (neighbour, edge) in Steps(vertex))
            {
                if (!inside.Contains(neighbour)) continue;
                if (!between.TryGetValue((vertex, neighbour), out var edges))
                {
                    between[(vertex, neighbour)] = edges = [];
                    sub.AddEdge(new EquatableTaggedEdge<KnowledgeVertex, double>(vertex, neighbour, 1));
                }
                edges.Add(edge);
            }

        IEnumerable<YenShortestPathsAlgorithm<KnowledgeVertex>.SortedPath> vertexPaths;
        try { vertexPaths = new YenShortestPathsAlgorithm<KnowledgeVertex>(sub, from, to, enumerate).Execute().ToArray(); }
        catch (NoPathFoundException) { return []; }

        var paths = new List<GraphPath>();
        foreach (var vertexPath in vertexPaths)
        {
            var hops = vertexPath.ToArray();
            if (hops.Length > bound) continue;
            var vertices = hops.Select(h => h.Source).Append(to).ToArray();
            foreach (var choice in Choices(hops.Select(h => between[(h.Source, h.Target)]).ToArray(), 0, []))
            {
                paths.Add(new GraphPath(vertices, choice));
                if (paths.Count >= enumerate) return paths;
            }
        }
        return paths;
    }

    /// <summary>The distance from the ball's root to the vertex, or the least it can be when the ball does not reach it.</summary>
    private static int AtLeast(Ball ball, KnowledgeVertex vertex) =>
        ball.Distance.TryGetValue(vertex, out var d) ? d : ball.Radius + 1;

    private static IEnumerable<TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>[]> Choices(
        List<TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>>[] options, int at, TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>[] chosen)
    {
        if (at == options.Length)
        {
            yield return chosen;
            yield break;
        }
        foreach (var edge in options[at])
            foreach (var rest in Choices(options, at + 1, [.. chosen, edge]))
                yield return rest;
    }

    /// <summary>The neighbours a path may step to: along MENTIONS or a typed relation, either way.</summary>
    private IEnumerable<(KnowledgeVertex Neighbour, TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag> Edge)> Steps(KnowledgeVertex vertex)
    {
        foreach (var edge in view.Graph.OutEdges(vertex))
            if (edge.Tag.Kind is EdgeKind.Mentions or EdgeKind.Relation && !edge.Target.Equals(vertex)) yield return (edge.Target, edge);
        foreach (var edge in view.Graph.InEdges(vertex))
            if (edge.Tag.Kind is EdgeKind.Mentions or EdgeKind.Relation && !edge.Source.Equals(vertex)) yield return (edge.Source, edge);
    }
}
