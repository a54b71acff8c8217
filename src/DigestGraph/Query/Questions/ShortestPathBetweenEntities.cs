using DigestGraph.Graph;

namespace DigestGraph.Query.Questions;

/// <summary>
/// The k shortest paths between two entities through relations and the papers that mention both ends, with the
/// sentence that states each step: a relation's evidence, or the sentence of the paper that names the entity.
/// </summary>
internal sealed class ShortestPathBetweenEntities : IQuestion
{
    public string File => "06-shortest-path-between-entities.cypher";

    public AskResult Answer(QuestionContext c)
    {
        var k = c.Arguments.Count("k", minimum: 1);
        var from = c.Names.Entities(c.Arguments.Text("from"), c.Notes);
        var to = c.Names.Entities(c.Arguments.Text("to"), c.Notes);
        var finder = new KShortestPaths(c.View);
        var rows = from.SelectMany(a => to.SelectMany(b => finder.Find(c.View.Entity(a.Key)!, c.View.Entity(b.Key)!, k)))
            .Select(p => (Path: p, Steps: p.Vertices.Select(c.View.DisplayName).ToArray(), Via: p.Edges.Select(e => e.Tag.Type).ToArray()))
            .OrderBy(x => x.Path.Hops)
            .ThenBy(x => x.Steps, CypherValues.ListOrder)
            .ThenBy(x => x.Via, CypherValues.ListOrder)
            .Take(k)
            .Select(x => new object?[]
            {
                x.Steps.ToArray<object?>(), x.Via.ToArray<object?>(), (long)x.Path.Hops,
                x.Path.Edges.Select(e => (object?)e.Tag.Evidence).ToArray(),
            });
        return c.Result(["steps", "via", "hops", "sentences"], rows);
    }
}
