using System.Text.Json;

namespace DigestGraph.Neo4j;

/// <summary>The rows one statement returned (values as JSON, as Neo4j sent them) and what it changed.</summary>
public sealed record StatementResult(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<JsonElement>> Rows, StatementStats Stats);
