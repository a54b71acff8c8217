using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract;
using DigestGraph.Graph;
using DigestGraph.Ingest;

namespace DigestGraph.Tests.Export;

/// <summary>
/// A small graph with every kind of node and edge: 2 papers, 5 entities (one a model family added by the builder),
/// 2 topics; 5 mentions (1 introduced), 3 topic links, 3 typed relations.
/// </summary>
internal static class SampleGraph
{
    /// <summary>Quotes, a backtick, a backslash, a line break and a control character: all must survive export verbatim.</summary>
    public const string AwkwardName = "O'Brien \"Net\" `v2` \\ end";
    public const string AwkwardAbstract = "Line one: it's \"quoted\".\nLine two\u0007 with a bell, a $param and {braces}.";

    public static KnowledgeGraph Create()
    {
        var first = new Paper("2401.00001", "First: A Test", "第一", "https://arxiv.org/abs/2401.00001", AwkwardAbstract,
            ["https://github.com/org/repo"], new SourceLocation("seeds/a.md", 1));
        var second = new Paper("2401.00002", "Second", null, "https://arxiv.org/abs/2401.00002", "Plain.", [],
            new SourceLocation("seeds/a.md", 7));

        var firstExtraction = new PaperExtraction(
            first,
            [
                new ExtractedEntity("Llama-3-8B", EntityType.Model) { Introduced = true, Evidence = "We train Llama-3-8B." },
                new ExtractedEntity("ImageNet", EntityType.Dataset),
                new ExtractedEntity(AwkwardName, EntityType.Method) { Aliases = ["OBN"] },
            ],
            [new ExtractedRelation(RelationType.EvaluatedOn, "Llama-3-8B", "ImageNet", "Llama-3-8B reaches 85.0% top-1 on ImageNet.")
                { Metric = "top-1", Value = "85.0%" }],
            ["Vision", "LLM"],
            "Vision");
        var secondExtraction = new PaperExtraction(
            second,
            [new ExtractedEntity("ImageNet", EntityType.Dataset), new ExtractedEntity("GPT-4", EntityType.Model)],
            [new ExtractedRelation(RelationType.Uses, "GPT-4", "ImageNet", "GPT-4 uses ImageNet.")],
            ["LLM"],
            "LLM");
        return new GraphBuilder(EntityLexicon.Default).Add(firstExtraction).Add(secondExtraction).Build();
    }

    public const int Papers = 2, Entities = 5, Topics = 2, Mentions = 5, Introduced = 1, TopicLinks = 3, Relations = 3;
}
