using DigestGraph.Extract.Candidates;
using DigestGraph.Extract.Introduction;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Relations;
using DigestGraph.Extract.Relations.Learned;
using DigestGraph.Extract.Resolution;
using DigestGraph.Extract.Text;
using DigestGraph.Extract.Topics;
using DigestGraph.Extract.Typing;
using DigestGraph.Ingest;

namespace DigestGraph.Extract;

/// <summary>
/// The rule pipeline: normalize the abstract, find names (title, Latin script, acronym pairs, lexicon terms), merge them
/// into entities, type them, flag what the paper introduces, read the six relations, and classify topics.
/// Stateless after construction, so one instance serves all threads.
/// </summary>
public sealed class RuleBasedExtractor : IExtractor
{
    private readonly ExtractionKnowledge _knowledge;
    private readonly LatinNameFinder _latinNames;
    private readonly AcronymPairFinder _acronyms;
    private readonly ChineseNameFinder _chineseNames;
    private readonly TitleNameFinder _titleNames;
    private readonly EntityMerger _merger;
    private readonly EntityTyper _typer;
    private readonly IntroducedDetector _introduced;
    private readonly IRelationPattern[] _patterns;
    private readonly TopicClassifier _topics;
    private readonly RelationModel? _relations;

    /// <param name="relations">The learned relation classifier; without one, the rule patterns' relations are the answer.</param>
    public RuleBasedExtractor(ExtractionKnowledge knowledge, Taxonomy taxonomy, RelationModel? relations = null)
    {
        _relations = relations;
        _knowledge = knowledge;
        _latinNames = new LatinNameFinder(knowledge);
        _acronyms = new AcronymPairFinder(knowledge);
        _chineseNames = new ChineseNameFinder(knowledge);
        _titleNames = new TitleNameFinder(knowledge, _latinNames);
        _merger = new EntityMerger(knowledge);
        _typer = new EntityTyper(knowledge);
        _introduced = new IntroducedDetector(knowledge);
        _patterns =
        [
            new OutperformsPattern(), new EvaluatedOnPattern(), new BasedOnPattern(),
            new TrainedOnPattern(), new DevelopedByPattern(), new UsesPattern(),
        ];
        _topics = new TopicClassifier(taxonomy);
    }

    public static RuleBasedExtractor CreateDefault() => new(ExtractionKnowledge.Default, Taxonomy.Default);

    public PaperExtraction Extract(Paper paper)
    {
        var (title, translated, text, drafts, context, ruleRelations) = Read(paper);
        var relations = _relations is null ? ruleRelations : _relations.Find(RelationDocumentAdapter.From(context, ruleRelations));
        var entities = drafts
            .OrderBy(d => d.IsTitleName ? -1 : d.FirstPosition)
            .Select(d => d.Freeze(context.EvidenceAt(d.FirstPosition)))
            .ToArray();
        var ownEntity = drafts.FirstOrDefault(d => d.IsTitleName) is { } ownDraft ? entities.FirstOrDefault(e => e.Name == ownDraft.Name) : null;
        var (topics, primary) = _topics.Classify(title, translated, text, entities, ownEntity);
        return new PaperExtraction(paper, entities, relations, topics, primary);
    }

    /// <summary>What the learned relations read of a paper: its entities as the rules find and type them, and the rules' relations.</summary>
    public RelationDocument RelationDocumentOf(Paper paper)
    {
        var read = Read(paper);
        return RelationDocumentAdapter.From(read.Context, read.RuleRelations);
    }

    /// <summary>Every step up to the relations: the normalized titles and text, the typed entities, their context and the patterns' relations.</summary>
    private (string Title, string? Translated, string Text, List<EntityDraft> Drafts, RelationContext Context, ExtractedRelation[] RuleRelations) Read(Paper paper)
    {
        var title = InputNormalizer.Normalize(paper.Title).Replace('\n', ' ').Trim();
        var translated = paper.TranslatedTitle is null ? null : InputNormalizer.Normalize(paper.TranslatedTitle).Replace('\n', ' ').Trim();
        var rawText = InputNormalizer.Normalize(paper.Abstract);
        var titleMentions = _titleNames.Find(title, translated, rawText);
        var own = titleMentions.FirstOrDefault(m => m.IsTitleName);
        var text = MacroPlaceholder.Replace(rawText, own?.Name);

        var sentences = SentenceSplitter.Split(text);
        var textMentions = TextMentions(text, own);
        var drafts = _merger.Merge(titleMentions, textMentions);
        _typer.Assign(text, drafts);
        var occurrences = Occurrence.InTextOrder(drafts);
        var occurrencesBySentence = OccurrencesBySentence.Slice(occurrences, sentences);
        _introduced.Mark(text, sentences, drafts, occurrences, occurrencesBySentence);

        var context = new RelationContext(text, sentences, drafts, occurrencesBySentence, title, _knowledge.RelationCues);
        return (title, translated, text, drafts, context, DistinctRelations(context));
    }

    /// <summary>The names the abstract writes, from every finder, in the order the merger takes them (the title's name first).</summary>
    private List<Mention> TextMentions(string text, Mention? own)
    {
        var mentions = new List<Mention>();
        if (own is not null) mentions.AddRange(TitleNameFinder.FindInText(own, text));
        foreach (var match in _knowledge.Lexicon.Scan(text))
            mentions.Add(new Mention(match.Start, match.Length, text.Substring(match.Start, match.Length)) { Known = match.Entry });
        var latin = _latinNames.Find(text);
        mentions.AddRange(latin);
        mentions.AddRange(SizeEllipsisFinder.Find(text, latin, own?.Name));
        mentions.AddRange(_acronyms.Find(text));
        mentions.AddRange(_chineseNames.Find(text));
        return mentions;
    }

    /// <summary>
    /// Every pattern's relations, each type and pair of names once by their folding, none of a name to itself. The few
    /// names of a paper recur in many relations, so each is folded once.
    /// </summary>
    private ExtractedRelation[] DistinctRelations(RelationContext context)
    {
        var folds = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<(RelationType, string, string)>();
        var kept = new List<ExtractedRelation>();
        foreach (var pattern in _patterns)
        {
            foreach (var relation in pattern.Find(context))
            {
                var source = FoldOnce(folds, relation.Source);
                var target = FoldOnce(folds, relation.Target);
                if (source != target && seen.Add((relation.Type, source, target))) kept.Add(relation);
            }
        }
        return kept.ToArray();
    }

    private static string FoldOnce(Dictionary<string, string> folds, string name)
    {
        if (!folds.TryGetValue(name, out var folded)) folds[name] = folded = NameFolding.Fold(name);
        return folded;
    }
}
