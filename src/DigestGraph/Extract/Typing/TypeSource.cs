namespace DigestGraph.Extract.Typing;

/// <summary>Which rule gave an entity its rule type: a feature of the learned classifier, which weighs how far each rule is to be trusted.</summary>
public enum TypeSource { Lexicon, LexiconByContext, StrongShape, Context, Family, WeakShape, Fallback, FamilyShare }
