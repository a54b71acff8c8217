namespace DigestGraph.Query;

/// <summary>
/// The answer to a question: named columns and rows of plain values (string, long, double, bool, null or a list of
/// them), as the question's Cypher file returns them; <see cref="Notes"/> says why a name found nothing.
/// </summary>
public sealed record AskResult(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, IReadOnlyList<string> Notes);
