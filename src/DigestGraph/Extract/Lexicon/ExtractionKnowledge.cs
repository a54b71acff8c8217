namespace DigestGraph.Extract.Lexicon;

/// <summary>Everything the rules know that is kept as data: the entity lexicon, generic terms, stop words and cue words.</summary>
public sealed record ExtractionKnowledge(
    EntityLexicon Lexicon,
    TermSet GenericTerms,
    TermSet StopWords,
    TypeCues TypeCues,
    RelationCues RelationCues,
    IReadOnlyList<string> LicencePrefixes,
    IReadOnlyList<string> ModifierSuffixes,
    TermSet KeptAtNameEnd)
{
    /// <summary>Licences are not entities (GUIDELINES): "CC-BY-SA-4.0", "Apache-2.0".</summary>
    public bool IsLicence(ReadOnlySpan<char> name)
    {
        for (var k = 0; k < LicencePrefixes.Count; k++)
            if (name.StartsWith(LicencePrefixes[k], StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>"AR-based", "VLM-driven", "training-free": an adjective made from a name, not a name.</summary>
    public bool IsModifier(ReadOnlySpan<char> word)
    {
        for (var k = 0; k < ModifierSuffixes.Count; k++)
            if (word.Length > ModifierSuffixes[k].Length && word.EndsWith(ModifierSuffixes[k], StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>"Mol-LLMs", "CodeLLMs": a plural class acronym (a generic term) after a word names a class of systems, not one.</summary>
    public bool IsClassPlural(ReadOnlySpan<char> name)
    {
        if (name.Length < 5 || name[^1] != 's') return false;
        var start = name.Length - 1;
        while (start > 0 && char.IsAsciiLetterUpper(name[start - 1])) start--;
        if (start == 0 || name.Length - 1 - start < 2) return false;
        return (name[start - 1] == '-' || char.IsAsciiLetterLower(name[start - 1])) && GenericTerms.Contains(name[start..]);
    }

    public static ExtractionKnowledge Default { get; } = new(
        EntityLexicon.Default,
        new TermSet(EmbeddedData.ReadStrings("generic_terms.json", "terms")),
        new TermSet(EmbeddedData.ReadStrings("generic_terms.json", "stopwords")),
        TypeCues.Default,
        RelationCues.Default,
        EmbeddedData.ReadStrings("generic_terms.json", "licence_prefixes"),
        EmbeddedData.ReadStrings("generic_terms.json", "modifier_suffixes"),
        new TermSet(EmbeddedData.ReadStrings("generic_terms.json", "kept_at_name_end")));
}
