using DigestGraph.Extract.Candidates;
using DigestGraph.Extract.Relations;
using DigestGraph.Extract.Resolution;
using DigestGraph.Extract.Text;
using DigestGraph.Ingest;

namespace DigestGraph.Extract.Pipeline;

/// <summary>
/// One paper while the pipeline works on it: each stage reads what earlier stages set and sets its own part, once.
/// Reading a part no stage has set yet is an error naming the stage that sets it, so the order is never hidden.
/// </summary>
public sealed class PaperDocument(Paper paper)
{
    private string? _title;
    private string? _text;
    private IReadOnlyList<Sentence>? _sentences;
    private IReadOnlyList<Mention>? _titleMentions;
    private IReadOnlyList<Mention>? _mentions;
    private List<EntityDraft>? _entities;
    private Occurrence[]? _occurrences;
    private ArraySegment<Occurrence>[]? _occurrencesBySentence;
    private RelationContext? _context;
    private IReadOnlyList<ExtractedRelation>? _relations;
    private IReadOnlyList<ExtractedEntity>? _frozen;
    private IReadOnlyList<string>? _topics;

    public Paper Paper { get; } = paper;

    /// <summary>The title on one line (<see cref="Stages.NormalizeStage"/>).</summary>
    public string Title { get => Get(_title, "NormalizeStage"); set => Set(ref _title, value); }

    /// <summary>The translated title on one line, if any (<see cref="Stages.NormalizeStage"/>).</summary>
    public string? TranslatedTitle { get; set; }

    /// <summary>The normalised abstract, the paper's own name standing in for its macros (<see cref="Stages.NormalizeStage"/>).</summary>
    public string Text { get => Get(_text, "NormalizeStage"); set => Set(ref _text, value); }

    public IReadOnlyList<Sentence> Sentences { get => Get(_sentences, "NormalizeStage"); set => Set(ref _sentences, value); }

    /// <summary>The names the title gives, the paper's own first when it has one (<see cref="Stages.NormalizeStage"/>).</summary>
    public IReadOnlyList<Mention> TitleMentions { get => Get(_titleMentions, "NormalizeStage"); set => Set(ref _titleMentions, value); }

    /// <summary>The paper's own name from the title, if any.</summary>
    public Mention? OwnName { get; set; }

    /// <summary>Every candidate name the finders read in the abstract (<see cref="Stages.CandidateStage"/>).</summary>
    public IReadOnlyList<Mention> Mentions { get => Get(_mentions, "CandidateStage"); set => Set(ref _mentions, value); }

    /// <summary>The candidate entities (merged mentions), typed and flagged by later stages (<see cref="Stages.MergeStage"/>).</summary>
    public List<EntityDraft> Entities { get => Get(_entities, "MergeStage"); set => Set(ref _entities, value); }

    /// <summary>Every entity occurrence in text order (<see cref="Stages.OccurrenceStage"/>).</summary>
    public Occurrence[] Occurrences { get => Get(_occurrences, "OccurrenceStage"); set => Set(ref _occurrences, value); }

    /// <summary>The occurrences sliced per sentence (<see cref="Stages.OccurrenceStage"/>).</summary>
    public ArraySegment<Occurrence>[] OccurrencesBySentence { get => Get(_occurrencesBySentence, "OccurrenceStage"); set => Set(ref _occurrencesBySentence, value); }

    /// <summary>Sentences, cues and evidence as relations read them (<see cref="Stages.EvidenceStage"/>).</summary>
    public RelationContext Context { get => Get(_context, "EvidenceStage"); set => Set(ref _context, value); }

    public IReadOnlyList<ExtractedRelation> Relations { get => Get(_relations, "RelationStage"); set => Set(ref _relations, value); }

    /// <summary>The final entities, the title's own name first, then in text order (<see cref="Stages.FreezeStage"/>).</summary>
    public IReadOnlyList<ExtractedEntity> FrozenEntities { get => Get(_frozen, "FreezeStage"); set => Set(ref _frozen, value); }

    /// <summary>The frozen entity of the paper's own name, if any (<see cref="Stages.FreezeStage"/>).</summary>
    public ExtractedEntity? OwnEntity { get; set; }

    public IReadOnlyList<string> Topics { get => Get(_topics, "TopicStage"); set => Set(ref _topics, value); }

    public string? PrimaryTopic { get; set; }

    public PaperExtraction ToExtraction() => new(Paper, FrozenEntities, Relations, Topics, PrimaryTopic);

    private static T Get<T>(T? value, string stage) where T : class =>
        value ?? throw new InvalidOperationException($"the pipeline has no {stage} before a stage that reads what it sets");

    private static void Set<T>(ref T? field, T value) where T : class
    {
        if (field is not null) throw new InvalidOperationException("a part of the paper document was set twice");
        field = value;
    }
}
