using DigestGraph.Graph;

namespace DigestGraph.Query.Questions;

/// <summary>Papers per topic per arXiv month (from new-style ids); every topic, or one.</summary>
internal sealed class TopicsByMonth : IQuestion
{
    public string File => "08-topics-by-month.cypher";

    public AskResult Answer(QuestionContext c)
    {
        var typed = c.Arguments.Text("topic");
        var topic = typed is null ? null : c.Names.Topic(typed, c.Notes);
        if (typed is not null && topic is null) return c.Result(Columns, []);
        var topics = topic is null ? c.View.Topics : [c.View.Topic(topic)!];
        var rows = topics
            .SelectMany(t => c.View.Graph.InEdges(t)
                .Where(e => e.Tag.Kind == EdgeKind.About)
                .Select(e => (Month: CypherValues.Month(e.Source.Id), Topic: t.Id, Paper: e.Source.Id)))
            .Where(x => x.Month is not null)
            .GroupBy(x => (x.Month, x.Topic))
            .Select(g => (g.Key.Month, g.Key.Topic, Papers: g.Select(x => x.Paper).Distinct().Count()))
            .OrderBy(x => x.Month, CypherValues.Order)
            .ThenByDescending(x => x.Papers)
            .ThenBy(x => x.Topic, CypherValues.Order)
            .Select(x => new object?[] { x.Month, x.Topic, (long)x.Papers });
        return c.Result(Columns, rows);
    }

    private static readonly string[] Columns = ["month", "topic", "papers"];
}
