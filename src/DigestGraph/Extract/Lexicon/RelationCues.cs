namespace DigestGraph.Extract.Lexicon;

/// <summary>
/// The cue lists of <c>relation_cues.json</c>, one typed <see cref="CueList"/> per kind: a list the file lacks is an
/// error when the data is loaded, not when a pattern first reads it.
/// </summary>
public sealed class RelationCues(IReadOnlyDictionary<string, IEnumerable<string>> lists)
{
    public CueList Introduce { get; } = Read(lists, "introduce");
    public CueList Naming { get; } = Read(lists, "naming");
    public CueList OwnSubject { get; } = Read(lists, "own_subject");
    public CueList Outperform { get; } = Read(lists, "outperform");
    public CueList OutperformReversed { get; } = Read(lists, "outperform_reversed");
    public CueList ComparisonMarker { get; } = Read(lists, "comparison_marker");
    public CueList ComparisonGain { get; } = Read(lists, "comparison_gain");
    public CueList Evaluate { get; } = Read(lists, "evaluate");
    public CueList BasedOn { get; } = Read(lists, "based_on");
    public CueList DerivedFromStart { get; } = Read(lists, "derived_from_start");
    public CueList DerivedFromEnd { get; } = Read(lists, "derived_from_end");
    public CueList ArchitectureSuffix { get; } = Read(lists, "architecture_suffix");
    public CueList ImplementedWithStart { get; } = Read(lists, "implemented_with_start");
    public CueList ImplementedWithEnd { get; } = Read(lists, "implemented_with_end");
    public CueList TrainedOn { get; } = Read(lists, "trained_on");
    public CueList DevelopedBy { get; } = Read(lists, "developed_by");
    public CueList Uses { get; } = Read(lists, "uses");
    public CueList Coordinator { get; } = Read(lists, "coordinator");
    public CueList Respectively { get; } = Read(lists, "respectively");
    public CueList DerivedByProcessing { get; } = Read(lists, "derived_by_processing");
    public CueList ModifierBefore { get; } = Read(lists, "modifier_before");
    public CueList Negation { get; } = Read(lists, "negation");
    public CueList ComparisonClause { get; } = Read(lists, "comparison_clause");
    public CueList SelfNaming { get; } = Read(lists, "self_naming");
    /// <summary>Words that may stand between a self-naming cue and the name ("we call this model the Vision Transformer").</summary>
    public CueList SelfNamingFillers { get; } = Read(lists, "self_naming_fillers");
    public CueList EvaluationResult { get; } = Read(lists, "evaluation_result");
    public CueList Including { get; } = Read(lists, "including");
    public CueList ValueFrom { get; } = Read(lists, "value_from");
    public CueList ValueTo { get; } = Read(lists, "value_to");

    public static RelationCues Default { get; } = Load();

    private static CueList Read(IReadOnlyDictionary<string, IEnumerable<string>> lists, string kind) =>
        lists.TryGetValue(kind, out var list) ? new CueList(list) : throw new KeyNotFoundException($"relation_cues.json has no \"{kind}\" list");

    private static RelationCues Load()
    {
        var root = EmbeddedData.ReadJson("relation_cues.json").AsObject();
        return new RelationCues(root
            .Where(kv => !kv.Key.StartsWith('_'))
            .ToDictionary(kv => kv.Key, kv => (kv.Value?.AsArray() ?? []).Select(c => (string)c!)));
    }
}
