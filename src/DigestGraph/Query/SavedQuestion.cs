using DigestGraph.Neo4j;

namespace DigestGraph.Query;

/// <summary>A question of <c>ask</c>: its saved Cypher query (file, parameters, defaults, description) and its in-process answer.</summary>
public sealed record SavedQuestion(CypherQueryFile Query, IQuestion Answerer)
{
    /// <summary>The file's name without its number and extension: <c>benchmark-leaderboard</c>.</summary>
    public string Name => Stem[(Stem.IndexOf('-') + 1)..];

    /// <summary>The file's number: <c>02</c>.</summary>
    public string Number => Stem[..Math.Max(0, Stem.IndexOf('-'))];

    public string File => Path.GetFileName(Query.Path);

    private string Stem => Path.GetFileNameWithoutExtension(Query.Path);
}
