using System.Buffers;
using System.Text;
using DigestGraph.Extract.Learning;
using DigestGraph.Extract.Pipeline;
using DigestGraph.Extract.Stages;

namespace DigestGraph.Extract.Topics;

/// <summary>
/// The learned topic classifier: two linear scorers of (paper, topic) pairs over <see cref="TopicFeaturizer"/>'s
/// features, one for membership (a topic is kept when its score reaches <see cref="Threshold"/>, at most
/// <see cref="MaxTopics"/>) and one for the primary topic (the best-scoring topic, always kept). Trained by
/// <see cref="Train"/>; evaluated here in plain loops, a few microseconds per paper. Immutable, so one instance serves
/// all threads.
/// </summary>
public sealed class TopicModel : ITopicComponent
{
    public const int MaxTopics = 4;
    private const string Magic = "DGTOPICS";
    private const int FormatVersion = 1;

    private readonly TopicFeaturizer _featurizer;
    private readonly TopicVocabulary _words;
    private readonly TopicScorer _scorer;

    public TopicModel(TopicFeaturizer featurizer, IReadOnlyList<string> vocabulary, TopicWeights member, TopicWeights primary, float threshold)
    {
        var expected = TopicWeights.Length(featurizer.Taxonomy.Topics.Count, vocabulary.Count);
        if (member.Values.Length != expected || primary.Values.Length != expected)
            throw new ArgumentException($"weights of length {member.Values.Length} and {primary.Values.Length}, expected {expected}");
        _featurizer = featurizer;
        Vocabulary = vocabulary;
        _words = new TopicVocabulary(vocabulary);
        Member = member;
        Primary = primary;
        Threshold = threshold;
        _scorer = new TopicScorer(member, primary, featurizer.Taxonomy.Topics.Count);
    }

    public IReadOnlyList<string> Vocabulary { get; }
    public TopicWeights Member { get; }
    public TopicWeights Primary { get; }
    /// <summary>The membership score (logit) a topic needs, tuned on the training papers by inner cross-validation.</summary>
    public float Threshold { get; }

    private Taxonomy Taxonomy => _featurizer.Taxonomy;

    /// <summary>Trains a model on annotated papers (see <see cref="TopicTrainer"/>); the same papers and seed give the same bytes.</summary>
    public static TopicModel Train(IReadOnlyList<AnnotatedPaper> papers, int seed) => TopicTrainer.Train(papers, seed, new TopicFeaturizer(Taxonomy.Default));

    public (IReadOnlyList<string> Topics, string? Primary) Classify(PaperDocument document)
    {
        var assigned = Predict(document.Title, document.TranslatedTitle, document.Text, document.FrozenEntities);
        return (assigned.Topics, assigned.Primary);
    }

    public TopicAssignment Predict(string title, string? translatedTitle, string text, IReadOnlyList<ExtractedEntity> entities)
    {
        var (member, primary) = Scores(title, translatedTitle, text, entities);
        var (topics, best) = Choose(member, primary, Threshold);
        var names = new string[topics.Length];
        for (var i = 0; i < names.Length; i++) names[i] = Taxonomy.Topics[topics[i]].Name;
        return new TopicAssignment(names, Taxonomy.Topics[best].Name);
    }

    /// <summary>Every topic's membership and primary score for a paper.</summary>
    public (float[] Member, float[] Primary) Scores(string title, string? translatedTitle, string text, IReadOnlyList<ExtractedEntity> entities)
    {
        // The dense features (16 floats per topic) live only for this call: on the stack, not a new array per paper.
        Span<float> dense = stackalloc float[_featurizer.DenseLength];
        _featurizer.Compute(title, translatedTitle, text, entities, dense);
        // A mark per vocabulary word deduplicates the ids in one pass, where sorting them cost more than the look-ups.
        Span<bool> seen = _words.Count <= MaxStackMarks ? stackalloc bool[_words.Count] : new bool[_words.Count];
        var ids = ArrayPool<int>.Shared.Rent(_words.Count);
        try
        {
            var count = _words.Ids(title, translatedTitle, text, seen, ids);
            return _scorer.Scores(dense, ids.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(ids);
        }
    }

    private const int MaxStackMarks = 32_768;

    /// <summary>
    /// The primary topic (best primary score, the first topic on a tie) and the topics kept: it, then those whose
    /// membership score reaches the threshold, best first up to <see cref="MaxTopics"/>; returned primary first, the
    /// rest in taxonomy order.
    /// </summary>
    public static (int[] Topics, int Primary) Choose(float[] member, float[] primary, float threshold)
    {
        var best = 0;
        for (var t = 1; t < primary.Length; t++)
            if (primary[t] > primary[best]) best = t;
        // The best others kept in place by insertion (topics come in order, so a tie keeps the earlier one ahead).
        Span<int> others = stackalloc int[MaxTopics - 1];
        var count = 0;
        for (var t = 0; t < member.Length; t++)
        {
            if (t == best || !(member[t] >= threshold)) continue;
            var at = count;
            while (at > 0 && member[others[at - 1]] < member[t]) at--;
            if (at >= others.Length) continue;
            if (count < others.Length) count++;
            for (var k = count - 1; k > at; k--) others[k] = others[k - 1];
            others[at] = t;
        }
        others[..count].Sort();
        var topics = new int[count + 1];
        topics[0] = best;
        others[..count].CopyTo(topics.AsSpan(1));
        return (topics, best);
    }

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(FormatVersion);
        writer.Write(Taxonomy.Topics.Count);
        foreach (var topic in Taxonomy.Topics) writer.Write(topic.Name);
        writer.Write(TopicFeaturizer.DenseCount);
        writer.Write(Vocabulary.Count);
        foreach (var word in Vocabulary) writer.Write(word);
        writer.Write(Threshold);
        foreach (var weights in new[] { Member, Primary })
        {
            writer.Write(weights.Bias);
            foreach (var value in weights.Values) writer.Write(value);
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>; anything else is an error naming <paramref name="origin"/>.</summary>
    public static TopicModel Load(Stream stream, string origin) => Load(stream, origin, Taxonomy.Default);

    public static TopicModel Load(Stream stream, string origin, Taxonomy taxonomy)
    {
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length)) != Magic) throw Corrupt(origin, "it does not start as a topic model");
            var version = reader.ReadInt32();
            if (version != FormatVersion) throw Corrupt(origin, $"format version {version}, expected {FormatVersion}");
            var topicCount = Count(reader.ReadInt32(), 1000, origin, "topics");
            var names = Enumerable.Range(0, topicCount).Select(_ => reader.ReadString()).ToArray();
            if (!names.SequenceEqual(taxonomy.Topics.Select(t => t.Name)))
                throw Corrupt(origin, "its topics are not those of the taxonomy (retrain it)");
            var dense = reader.ReadInt32();
            if (dense != TopicFeaturizer.DenseCount) throw Corrupt(origin, $"{dense} features per topic, expected {TopicFeaturizer.DenseCount} (retrain it)");
            var vocabulary = Enumerable.Range(0, Count(reader.ReadInt32(), 10_000_000, origin, "words")).Select(_ => reader.ReadString()).ToArray();
            var threshold = Finite(reader.ReadSingle(), origin);
            var length = TopicWeights.Length(topicCount, vocabulary.Length);
            var member = ReadWeights(reader, length, origin);
            var primary = ReadWeights(reader, length, origin);
            if (stream.ReadByte() != -1) throw Corrupt(origin, "bytes follow the model");
            return new TopicModel(new TopicFeaturizer(taxonomy), vocabulary, member, primary, threshold);
        }
        catch (EndOfStreamException)
        {
            throw Corrupt(origin, "it ends early");
        }
        catch (ArgumentException e)
        {
            throw Corrupt(origin, e.Message);
        }
    }

    private static TopicWeights ReadWeights(BinaryReader reader, int length, string origin)
    {
        var bias = Finite(reader.ReadSingle(), origin);
        var values = new float[length];
        for (var i = 0; i < length; i++) values[i] = Finite(reader.ReadSingle(), origin);
        return new TopicWeights(values, bias);
    }

    private static int Count(int value, int maximum, string origin, string what) =>
        value is >= 0 && value <= maximum ? value : throw Corrupt(origin, $"{value} {what}");

    private static float Finite(float value, string origin) =>
        float.IsFinite(value) ? value : throw Corrupt(origin, "a weight is not a finite number");

    private static InvalidDataException Corrupt(string origin, string why) => new($"{origin}: corrupt topic model: {why}");
}
