namespace DigestGraph.Neo4j;

/// <summary>What a write did: papers written or skipped as unchanged, transactions, and Neo4j's own counters.</summary>
public sealed record WriteSummary(
    int Papers,
    int PapersWritten,
    int PapersUnchanged,
    int Batches,
    long ElementsWritten,
    StatementStats Changes,
    TimeSpan Elapsed)
{
    public double ElementsPerSecond => Elapsed > TimeSpan.Zero ? ElementsWritten / Elapsed.TotalSeconds : 0;

    public override string ToString() =>
        $"{PapersWritten} papers written, {PapersUnchanged} unchanged, {Batches} transactions, {ElementsWritten} elements " +
        $"({Changes.NodesCreated} nodes and {Changes.RelationshipsCreated} relationships created, " +
        $"{Changes.NodesDeleted} nodes and {Changes.RelationshipsDeleted} relationships removed) in {Elapsed.TotalSeconds:0.0} s";
}
