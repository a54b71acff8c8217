namespace DigestGraph.IntegrationTests;

/// <summary>Every test that talks to the live server shares one and runs one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class Neo4jCollection : ICollectionFixture<Neo4jServerFixture>
{
    public const string Name = "neo4j";
}
