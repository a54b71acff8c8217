namespace DigestGraph.Query;

/// <summary>One saved question answered in process; <see cref="File"/> names its Cypher file in <c>cypher/queries/</c>.</summary>
public interface IQuestion
{
    string File { get; }

    AskResult Answer(QuestionContext context);
}
