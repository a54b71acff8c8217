namespace DigestGraph.Query;

/// <summary>A question that does not exist or an argument it cannot take (the CLI's exit code 2).</summary>
public sealed class AskArgumentException(string message) : Exception(message);
