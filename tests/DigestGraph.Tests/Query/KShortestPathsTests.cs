using DigestGraph.Extract;
using DigestGraph.Graph;
using DigestGraph.Query;

namespace DigestGraph.Tests.Query;

public sealed class KShortestPathsTests
{
    private static string[][] Paths(KnowledgeGraphView view, string from, string to, int k) =>
        new KShortestPaths(view).Find(view.Entity(NameFolding.Fold(from))!, view.Entity(NameFolding.Fold(to))!, k)
            .Select(p => p.Vertices.Select(view.DisplayName).ToArray())
            .ToArray();

    [Fact]
    public void Ties_come_in_the_order_of_their_steps_names_whatever_order_the_graph_was_built_in()
    {
        // Two paths of two hops, the one through C added first.
        var view = new HandGraph()
            .Relation(RelationType.BasedOn, "A", "C", "p1").Relation(RelationType.BasedOn, "C", "D", "p2")
            .Relation(RelationType.Uses, "A", "B", "p3").Relation(RelationType.Uses, "B", "D", "p4")
            .View();

        Assert.Equal([["A", "B", "D"], ["A", "C", "D"]], Paths(view, "A", "D", 2));
        Assert.Equal([["A", "B", "D"]], Paths(view, "A", "D", 1));
    }

    [Fact]
    public void No_path_gives_no_row()
    {
        var view = new HandGraph()
            .Relation(RelationType.Uses, "A", "B", "p1")
            .Relation(RelationType.Uses, "C", "D", "p2")
            .View();

        Assert.Empty(Paths(view, "A", "D", 3));
    }

    [Fact]
    public void Two_entities_one_paper_mentions_are_joined_through_that_paper_with_its_sentences()
    {
        var view = new HandGraph().Paper("2401.00001", ["Alpha", "Beta"]).View();

        var path = Assert.Single(new KShortestPaths(view).Find(view.Entity("alpha")!, view.Entity("beta")!, 3));

        Assert.Equal(["Alpha", "2401.00001", "Beta"], path.Vertices.Select(view.DisplayName));
        Assert.Equal(["MENTIONS", "MENTIONS"], path.Edges.Select(e => e.Tag.Type));
        var result = QuestionCatalog.Answer(view, "shortest-path-between-entities", ["Alpha", "Beta"], new Dictionary<string, object?>());
        Assert.Equal(new object?[] { "We study Alpha.", "We study Beta." }, (object?[])result.Rows[0][3]!);
    }

    [Fact]
    public void Asking_for_more_paths_than_exist_gives_every_path_shortest_first()
    {
        var view = new HandGraph()
            .Relation(RelationType.Uses, "A", "B", "p1").Relation(RelationType.Uses, "B", "C", "p1")
            .Relation(RelationType.Outperforms, "A", "C", "p2")
            .View();

        // p1 mentions A, B and C, p2 mentions A and C: six paths in all.
        Assert.Equal(
            [["A", "C"], ["A", "B", "C"], ["A", "p1", "C"], ["A", "p2", "C"], ["A", "B", "p1", "C"], ["A", "p1", "B", "C"]],
            Paths(view, "A", "C", 50));
    }

    [Fact]
    public void Two_relations_between_the_same_entities_are_two_paths()
    {
        var view = new HandGraph()
            .Paper("x1", ["A"]).Paper("x2", ["B"])
            .Relation(RelationType.Outperforms, "A", "B", "x1")
            .Relation(RelationType.Outperforms, "A", "B", "x2")
            .View();

        var paths = new KShortestPaths(view).Find(view.Entity("a")!, view.Entity("b")!, 2);

        Assert.Equal(2, paths.Count);
        Assert.Equal(["x1", "x2"], paths.Select(p => p.Edges.Single().Tag.Relation!.PaperId));
    }

    [Fact]
    public void Topics_and_introductions_are_no_steps_of_a_path()
    {
        var view = new HandGraph()
            .Paper("x1", ["A"], topics: ["Vision"], introduces: ["A"])
            .Paper("x2", ["B"], topics: ["Vision"])
            .View();

        Assert.Empty(Paths(view, "A", "B", 3));
    }

    [Fact]
    public void Paths_longer_than_eight_hops_are_not_searched()
    {
        var graph = new HandGraph();
        for (var i = 0; i < 9; i++) graph.Relation(RelationType.BasedOn, $"N{i}", $"N{i + 1}", $"p{i}");
        var view = graph.View();

        Assert.Single(Paths(view, "N0", "N8", 1));
        Assert.Empty(Paths(view, "N0", "N9", 1));
    }
}
