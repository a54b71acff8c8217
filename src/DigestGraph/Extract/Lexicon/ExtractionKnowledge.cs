namespace DigestGraph.Extract.Lexicon;

/// <summary>Everything the rules know that is kept as data: the entity lexicon, generic terms, stop words and cue words.</summary>
public sealed record ExtractionKnowledge(
    EntityLexicon Lexicon,
    TermSet GenericTerms,
    TermSet StopWords,
    TypeCues TypeCues,
    RelationCues RelationCues)
{
    public static ExtractionKnowledge Default { get; } = new(
        EntityLexicon.Default,
        new TermSet(EmbeddedData.ReadStrings("generic_terms.json", "terms")),
        new TermSet(EmbeddedData.ReadStrings("generic_terms.json", "stopwords")),
        TypeCues.Default,
        RelationCues.Default);
}
