namespace DigestGraph.Extract.Relations.Learned;

/// <summary>The kinds of features of a candidate pair; a feature is its template hashed with its values.</summary>
internal enum FeatureTemplate : byte
{
    Bias = 1,
    TypePair,
    SourceRole,
    TargetRole,
    Kind,
    KindTypePair,
    Order,
    Distance,
    NamesBetween,
    ClauseBreakBetween,
    BracketBetween,
    RuleForward,
    RuleReversed,
    RuleForwardTypePair,
    NoRule,
    RuleHere,
    RuleHereKind,
    CueBetween,
    CueBetweenTypePair,
    CueBefore,
    CueAfter,
    CueBeside,
    NumberAfterTarget,
    SourceContainsTarget,
    FirstSystem,
    Repeated,
    SentencePosition,
}
