using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Pipeline;
using DigestGraph.Extract.Topics;

namespace DigestGraph.Extract;

/// <summary>The project's ready-made extractors.</summary>
public static class Extractors
{
    /// <summary>The shipped pipeline: the rules with the learned decisions of the model in the build.</summary>
    public static ExtractionPipeline Default() => Learning.ExtractionModel.Shipped.Extractor();

    /// <summary>The rules alone, with no learned decision: the baseline the learned pipeline is measured against.</summary>
    public static ExtractionPipeline RuleOnly() => new ExtractionPipelineBuilder().UseRules(ExtractionKnowledge.Default, Taxonomy.Default).Build();
}
