namespace DigestGraph.Extract.Relations.Learned;

/// <summary>How a candidate pair was read from the paper.</summary>
internal enum CandidateKind
{
    /// <summary>Both entities are written in the sentence.</summary>
    Written,
    /// <summary>The paper's own system is referred to by "我们的方法" / "our model" / "we" in the sentence (its span is that cue).</summary>
    OwnReferred,
    /// <summary>The paper's own system is not named in the sentence at all, yet may be what it speaks of (its span is the sentence start).</summary>
    OwnImplied,
    /// <summary>Only a rule pattern relates the two (a lexicon developer, a name built on another's, the paper's own dataset).</summary>
    RuleOnly,
}
