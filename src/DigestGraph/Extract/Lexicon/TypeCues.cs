using System.Text.Json.Nodes;

namespace DigestGraph.Extract.Lexicon;

/// <summary>Nouns that give a name its type, after it (<c>X 数据集</c>) or before it (<c>数据集 X</c>); from <c>type_cues.json</c>.</summary>
public sealed class TypeCues
{
    private readonly TypeCueIndex _afterByFirst;
    private readonly TypeCueIndex _afterByLast;
    private readonly TypeCueIndex _beforeByLast;
    private readonly TypeCueIndex _listHeadsByLast;

    private readonly (string Cue, EntityType Type, StringComparison Comparison)[] _selfReference;

    public TypeCues(IEnumerable<(string, EntityType)> after, IEnumerable<(string, EntityType)> before, IEnumerable<(string, EntityType)> selfReference,
        IEnumerable<(string, EntityType)> listHeads)
    {
        var afterCues = after.OrderByDescending(c => c.Item1.Length).ToArray();
        _afterByFirst = new TypeCueIndex(afterCues, endingAt: false);
        _afterByLast = new TypeCueIndex(afterCues, endingAt: true);
        _beforeByLast = new TypeCueIndex(before.OrderByDescending(c => c.Item1.Length), endingAt: true);
        _listHeadsByLast = new TypeCueIndex(listHeads.OrderByDescending(c => c.Item1.Length), endingAt: true);
        // A cue without letters that have case ("我们的模型") is found by the faster ordinal search, with the same result.
        _selfReference = selfReference.OrderByDescending(c => c.Item1.Length)
            .Select(c => (c.Item1, c.Item2, c.Item1.All(ch => char.ToUpperInvariant(ch) == ch && char.ToLowerInvariant(ch) == ch)
                ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
            .ToArray();
    }

    /// <summary>The type a noun ending at <paramref name="end"/> names ("医学基准（…": Benchmark).</summary>
    public EntityType? NounEndingAt(string text, int end) => _afterByLast.Find(text, end);

    /// <summary>
    /// The type a noun ending at <paramref name="end"/> gives the list of names it heads: a type noun, or a noun that types
    /// only a list ("tasks (Commit0)", "three tasks: Game of 24, ..." are benchmarks; "ASR tasks" is no name).
    /// </summary>
    public EntityType? ListHeadEndingAt(string text, int end) => _afterByLast.Find(text, end) ?? _listHeadsByLast.Find(text, end);

    /// <summary>How the paper refers to its own system ("我们的模型" → Model, "our framework" → Method), each time it does.</summary>
    public IEnumerable<EntityType> SelfReferences(string text)
    {
        foreach (var (cue, type, comparison) in _selfReference)
        {
            var at = 0;
            while ((at = text.IndexOf(cue, at, comparison)) >= 0)
            {
                yield return type;
                at += cue.Length;
            }
        }
    }

    public static TypeCues Default { get; } = Load();

    /// <summary>Words of a clause that evaluates on the resource it names ("实验", "评估", "experiments", "outperforms").</summary>
    public IReadOnlyList<string> EvaluationWords { get; init; } = [];

    /// <summary>Words of a clause that trains on (or builds) the resource it names ("训练", "fine-tune", "curate").</summary>
    public IReadOnlyList<string> TrainingWords { get; init; } = [];

    /// <summary>What opens an apposition that names a type (<c>X，一种…</c>, <c>X, a …</c>).</summary>
    public IReadOnlyList<string> AppositiveOpeners { get; init; } = [];

    /// <summary>The words between a naming noun and the name (<c>数据集，即 X</c>, <c>a model called X</c>), longest first where one ends another.</summary>
    public IReadOnlyList<string> NamingFillers { get; init; } = [];

    /// <summary>Words that, after a name's first word, make it an organization's name ("Heidelberg University", "Naver Labs Europe").</summary>
    public TermSet OrganizationHeads { get; init; } = new([]);

    /// <summary>Words that continue an organization's name right after one of its <see cref="OrganizationHeads"/> ("University of Sydney").</summary>
    public IReadOnlyList<string> OrganizationConnectors { get; init; } = [];

    /// <summary>Plural nouns that announce a list of named parts after a colon ("two core innovations: ...").</summary>
    public TermSet PartListNouns { get; init; } = new([]);

    /// <summary>Words between a type noun and the names it heads ("models such as X", "基准，例如 X").</summary>
    public CueList ListOpeners { get; init; } = new([]);

    /// <summary>The type named by a cue starting at <paramref name="position"/>; Latin cues must be whole words.</summary>
    public EntityType? AfterAt(string text, int position) => _afterByFirst.Find(text, position);

    /// <summary>The type named by a cue ending at <paramref name="end"/>.</summary>
    public EntityType? BeforeAt(string text, int end) => _beforeByLast.Find(text, end);

    private static TypeCues Load()
    {
        var root = EmbeddedData.ReadJson("type_cues.json");
        return new TypeCues(Read(root["after"]), Read(root["before"]), Read(root["self_reference"]), Read(root["list_heads"]))
        {
            AppositiveOpeners = Strings(root["appositive_openers"]),
            NamingFillers = Strings(root["naming_fillers"]),
            EvaluationWords = Strings(root["evaluation_use"]?["evaluation"]),
            TrainingWords = Strings(root["evaluation_use"]?["training"]),
            OrganizationHeads = new TermSet(Strings(root["organization_names"]?["heads"])),
            OrganizationConnectors = Strings(root["organization_names"]?["connectors"]),
            PartListNouns = new TermSet(Strings(root["part_lists"]?["nouns"])),
            ListOpeners = new CueList(Strings(root["list_openers"]?["words"])),
        };
    }

    private static string[] Strings(JsonNode? section) => (section?.AsArray() ?? []).Select(c => (string)c!).ToArray();

    private static IEnumerable<(string, EntityType)> Read(JsonNode? section) =>
        section is JsonObject o
            ? o.Where(kv => !kv.Key.StartsWith('_')).SelectMany(kv => (kv.Value?.AsArray() ?? []).Select(c => ((string)c!, Enum.Parse<EntityType>(kv.Key))))
            : [];
}
