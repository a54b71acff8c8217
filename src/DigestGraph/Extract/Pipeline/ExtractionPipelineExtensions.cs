using DigestGraph.Extract.Candidates;
using DigestGraph.Extract.Entities;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Stages;
using DigestGraph.Extract.Topics;

namespace DigestGraph.Extract.Pipeline;

/// <summary>The ways a pipeline is set up: the rule stages, the learned entity classifier, and swapped relation or topic components.</summary>
public static class ExtractionPipelineExtensions
{
    /// <summary>
    /// Every stage the rules need, in order: normalise → candidates → merge → rule types → occurrences → introduced →
    /// evidence → relations → freeze → topics.
    /// </summary>
    public static ExtractionPipelineBuilder UseRules(this ExtractionPipelineBuilder builder, ExtractionKnowledge knowledge, Taxonomy taxonomy) => builder
        .UseCandidates(knowledge)
        .Add(new OccurrenceStage())
        .Add(new IntroducedStage(knowledge))
        .Add(new EvidenceStage(knowledge.RelationCues))
        .Add(new RelationStage(new RuleRelations()))
        .Add(new FreezeStage())
        .Add(new TopicStage(new RuleTopics(new TopicClassifier(taxonomy))));

    /// <summary>The stages up to the candidates' rule types (normalise → candidates → merge → rule types): what the entity classifier reads.</summary>
    public static ExtractionPipelineBuilder UseCandidates(this ExtractionPipelineBuilder builder, ExtractionKnowledge knowledge) => builder
        .Add(new NormalizeStage(new TitleNameFinder(knowledge, new LatinNameFinder(knowledge))))
        .Add(new CandidateStage(knowledge))
        .Add(new MergeStage(knowledge))
        .Add(new RuleTypingStage(knowledge));

    /// <summary>The learned entity decision right after the rule types: candidates it rejects are dropped, the others retyped.</summary>
    public static ExtractionPipelineBuilder UseEntityClassifier(this ExtractionPipelineBuilder builder, EntityClassifier classifier) =>
        builder.InsertAfter<RuleTypingStage>(new EntityClassifierStage(classifier));

    /// <summary>Swaps the relation stage's component (a learned relation classifier in place of the patterns).</summary>
    public static ExtractionPipelineBuilder UseRelations(this ExtractionPipelineBuilder builder, IRelationComponent component) =>
        builder.Replace<RelationStage>(new RelationStage(component));

    /// <summary>Swaps the topic stage's component (a learned topic classifier in place of the cue-term rules).</summary>
    public static ExtractionPipelineBuilder UseTopics(this ExtractionPipelineBuilder builder, ITopicComponent component) =>
        builder.Replace<TopicStage>(new TopicStage(component));
}
