using System.Text.Json;

namespace DigestGraph.Neo4j;

/// <summary>Neo4j's update counters for a statement (or a sum of them).</summary>
public sealed record StatementStats(
    long NodesCreated, long NodesDeleted, long RelationshipsCreated, long RelationshipsDeleted, long PropertiesSet, long LabelsAdded)
{
    public static StatementStats Zero { get; } = new(0, 0, 0, 0, 0, 0);

    public static StatementStats operator +(StatementStats a, StatementStats b) => new(
        a.NodesCreated + b.NodesCreated, a.NodesDeleted + b.NodesDeleted,
        a.RelationshipsCreated + b.RelationshipsCreated, a.RelationshipsDeleted + b.RelationshipsDeleted,
        a.PropertiesSet + b.PropertiesSet, a.LabelsAdded + b.LabelsAdded);

    /// <summary>Reads the <c>stats</c> object; 3.x spells one counter <c>relationship_deleted</c>.</summary>
    public static StatementStats Parse(JsonElement stats)
    {
        long Get(params string[] names)
        {
            foreach (var name in names)
                if (stats.TryGetProperty(name, out var v) && v.TryGetInt64(out var n)) return n;
            return 0;
        }

        return stats.ValueKind != JsonValueKind.Object
            ? Zero
            : new StatementStats(
                Get("nodes_created"), Get("nodes_deleted"), Get("relationships_created"),
                Get("relationships_deleted", "relationship_deleted"), Get("properties_set"), Get("labels_added"));
    }
}
