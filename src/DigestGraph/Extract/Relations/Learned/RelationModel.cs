using System.Globalization;
using System.Runtime.Intrinsics;
using System.Text;
using DigestGraph.Extract.Learning;
using DigestGraph.Extract.Pipeline;
using DigestGraph.Extract.Stages;
using DigestGraph.Ingest;

namespace DigestGraph.Extract.Relations.Learned;

/// <summary>
/// The learned relation classifier: a multinomial logistic regression over hashed features of candidate pairs
/// (<see cref="RelationFeaturizer"/>), scored in own code (a few hundred additions per pair) so that it costs
/// microseconds per paper. For each pair of entities read together in a sentence (or with the paper's own system
/// referred to) it answers no relation or one of the six. Immutable after loading or training, so one instance serves
/// all threads.
/// </summary>
public sealed class RelationModel : IRelationComponent
{
    internal const int Bits = 14;
    internal const int Buckets = 1 << Bits;
    private const string Magic = "DGRELM";
    private const int Version = 1;

    // Each thread's lists of candidates and features, reused paper after paper (they grew anew for every paper).
    [ThreadStatic] private static List<RelationCandidate>? t_candidates;
    [ThreadStatic] private static List<ulong>? t_features;

    // Weights by bucket then class: the scores of a feature's classes are adjacent.
    private readonly float[] _weights;
    private readonly RelationFeatureCues _cues;

    internal RelationModel(float[] weights, RelationFeatureCues cues)
    {
        _weights = weights;
        _cues = cues;
    }

    /// <summary>
    /// The relations the document states: the rule patterns' relations, which stand (cross-validated, letting the model
    /// drop them lost more true relations than false ones), and each pair the model finds stated with a probability of
    /// at least <see cref="AddThreshold"/> that the rules did not read, once per type and ordered pair, with the sentence
    /// that states it most surely as evidence; results with their value.
    /// </summary>
    public IEnumerable<ExtractedRelation> Find(PaperDocument document) => Find(RelationDocumentAdapter.From(document));

    public IReadOnlyList<ExtractedRelation> Find(RelationDocument document)
    {
        var reading = new RelationReading(document, _cues);
        var candidates = reading.Candidates(t_candidates ??= []);
        if (candidates.Count == 0) return document.RuleRelations;
        var features = t_features ??= new List<ulong>(64);
        Span<float> p = stackalloc float[RelationClasses.Count];
        // Per (source, target, class): the candidate stating it most surely.
        Dictionary<(int, int, int), (float Probability, int Candidate)>? best = null;
        List<(int, int, int)>? order = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Kind == CandidateKind.RuleOnly) continue;
            features.Clear();
            RelationFeaturizer.Features(reading, c, features);
            Score(features, p);
            // The softmax keeps the scores' order (a tie goes to the first class, None): most pairs are no relation, told without it.
            if (ArgMax(p) == RelationClasses.None) continue;
            Softmax(p);
            var cls = ArgMax(p);
            if (cls == RelationClasses.None || p[cls] < AddThreshold || (reading.RuleTypes.GetValueOrDefault((c.Source, c.Target)) >> (cls - 1) & 1) != 0) continue;
            var key = (c.Source, c.Target, cls);
            best ??= [];
            if (best.TryGetValue(key, out var known))
            {
                if (p[cls] > known.Probability) best[key] = (p[cls], i);
            }
            else
            {
                best[key] = (p[cls], i);
                (order ??= []).Add(key);
            }
        }
        if (order is null) return document.RuleRelations;
        var relations = new List<ExtractedRelation>(document.RuleRelations.Count + order.Count);
        relations.AddRange(document.RuleRelations);
        foreach (var key in order) relations.Add(Relation(reading, candidates[best![key].Candidate], RelationClasses.TypeOf(key.Item3)));
        return relations;
    }

    internal void Score(List<ulong> features, Span<float> scores)
    {
        // The seven classes as two overlapping vectors of four (classes 0-3 and 3-6): each class still sums its
        // weights one feature after another, so the scores are those of a loop over the classes, in fewer instructions.
        const int upper = RelationClasses.Count - 4;
        var low = Vector128<float>.Zero;
        var high = Vector128<float>.Zero;
        foreach (var f in features)
        {
            var row = _weights.AsSpan(Bucket(f) * RelationClasses.Count, RelationClasses.Count);
            low += Vector128.Create(row);
            high += Vector128.Create(row[upper..]);
        }
        low.CopyTo(scores);
        high.CopyTo(scores[upper..]);
    }

    /// <summary>A relation the rules did not read is added from this probability on (cross-validated: below it, additions were mostly wrong).</summary>
    private const float AddThreshold = 0.7f;

    internal static void Softmax(Span<float> p)
    {
        var max = p[ArgMax(p)];
        var sum = 0f;
        for (var k = 0; k < p.Length; k++) sum += p[k] = MathF.Exp(p[k] - max);
        for (var k = 0; k < p.Length; k++) p[k] /= sum;
    }

    internal static int Bucket(ulong feature) => (int)(feature >> (64 - Bits));

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var k = 1; k < scores.Length; k++)
            if (scores[k] > scores[best]) best = k;
        return best;
    }

    private static ExtractedRelation Relation(RelationReading reading, RelationCandidate c, RelationType type)
    {
        var doc = reading.Document;
        var relation = new ExtractedRelation(type, doc.Entities[c.Source].Name, doc.Entities[c.Target].Name, doc.Sentences[c.Sentence].TextOf(doc.Text));
        return type == RelationType.EvaluatedOn ? ResultReader.Read(reading, c, relation) : relation;
    }

    /// <summary>Trains on the annotated papers as <paramref name="reader"/> reads them (the pipeline of inference, relations aside).</summary>
    public static RelationModel Train(IReadOnlyList<AnnotatedPaper> papers, int seed, ExtractionPipeline reader) =>
        RelationTrainer.Train(papers.Select(p => (RelationDocumentAdapter.From(reader.Run(p.Paper)), p.Gold)).ToArray(), seed, RelationFeatureCues.Default);

    /// <summary>Writes the non-zero weights, bucket by bucket in order: the same model gives the same bytes.</summary>
    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.ASCII, leaveOpen: true);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(Version);
        writer.Write(Bits);
        writer.Write(RelationClasses.Count);
        var rows = new List<int>();
        for (var b = 0; b < Buckets; b++)
            for (var k = 0; k < RelationClasses.Count; k++)
                if (_weights[b * RelationClasses.Count + k] != 0)
                {
                    rows.Add(b);
                    break;
                }
        writer.Write(rows.Count);
        foreach (var b in rows)
        {
            writer.Write(b);
            for (var k = 0; k < RelationClasses.Count; k++) writer.Write(_weights[b * RelationClasses.Count + k]);
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>; anything else is an error naming <paramref name="origin"/>.</summary>
    public static RelationModel Load(Stream stream, string origin)
    {
        InvalidDataException Bad(string what) => new($"{origin}: not a relation model written by this version ({what})");
        try
        {
            using var reader = new BinaryReader(stream, Encoding.ASCII, leaveOpen: true);
            if (Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length)) != Magic) throw Bad("wrong header");
            var version = reader.ReadInt32();
            if (version != Version) throw Bad($"format version {version}, expected {Version}");
            var bits = reader.ReadInt32();
            var classes = reader.ReadInt32();
            if (bits != Bits || classes != RelationClasses.Count) throw Bad($"{bits} bits and {classes} classes, expected {Bits} and {RelationClasses.Count}");
            var rows = reader.ReadInt32();
            if (rows < 0 || rows > Buckets) throw Bad($"{rows} weight rows");
            var weights = new float[Buckets * RelationClasses.Count];
            var previous = -1;
            for (var r = 0; r < rows; r++)
            {
                var b = reader.ReadInt32();
                if (b <= previous || b >= Buckets) throw Bad($"row {r} has bucket {b} out of order");
                previous = b;
                for (var k = 0; k < RelationClasses.Count; k++)
                {
                    var w = reader.ReadSingle();
                    if (!float.IsFinite(w)) throw Bad($"row {r} has weight {w.ToString(CultureInfo.InvariantCulture)}");
                    weights[b * RelationClasses.Count + k] = w;
                }
            }
            if (stream.CanSeek ? stream.Position != stream.Length : stream.ReadByte() >= 0) throw Bad("data after the last weight row");
            return new RelationModel(weights, RelationFeatureCues.Default);
        }
        catch (EndOfStreamException)
        {
            throw Bad("the file ends early");
        }
    }
}
