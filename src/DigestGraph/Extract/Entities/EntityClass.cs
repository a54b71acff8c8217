namespace DigestGraph.Extract.Entities;

/// <summary>The classifier's answers: "not an entity", then the seven types in <see cref="EntityType"/> order.</summary>
public static class EntityClass
{
    public const int None = 0;
    public const int Count = 8;

    public static int Of(EntityType type) => (int)type + 1;

    public static EntityType TypeOf(int label) => (EntityType)(label - 1);
}
