using System.Runtime.Intrinsics;
using System.Text;
using DigestGraph.Extract.Learning;
using DigestGraph.Extract.Pipeline;
using DigestGraph.Extract.Resolution;
using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Entities;

/// <summary>
/// The learned entity decision: a linear multiclass model (maximum entropy, trained by ML.NET in
/// <see cref="EntityClassifierTrainer"/>) over <see cref="EntityFeatures"/>, evaluated here in a few dozen
/// multiply-adds per candidate so that inference needs neither ML.NET nor its start-up. Immutable; thread-safe.
/// </summary>
public sealed class EntityClassifier
{
    private const string Magic = "DGENT";
    private const int FormatVersion = 1;

    // Row-major by feature: a sparse feature touches one contiguous row of Count scores.
    private readonly float[] _weights;
    private readonly float[] _biases;

    public EntityClassifier(float[] weights, float[] biases)
    {
        if (weights.Length != EntityFeatures.Count * EntityClass.Count || biases.Length != EntityClass.Count)
            throw new ArgumentException("weights and biases do not fit the feature layout");
        _weights = weights;
        _biases = biases;
    }

    /// <summary>The class of one candidate: <see cref="EntityClass.None"/> or a type's class (a type's only, with <paramref name="entityOnly"/>).</summary>
    public int Classify(List<(int Index, float Value)> features, bool entityOnly = false)
    {
        // The eight classes' scores in one vector: each class is still its bias plus its weights times the values, one
        // feature after another, so the scores are those of a loop over the classes.
        var sums = Vector256.Create<float>(_biases);
        foreach (var (index, value) in features)
            sums += Vector256.Create<float>(_weights.AsSpan(index * EntityClass.Count, EntityClass.Count)) * value;
        Span<float> scores = stackalloc float[EntityClass.Count];
        sums.CopyTo(scores);
        var best = entityOnly ? EntityClass.None + 1 : EntityClass.None;
        for (var c = best + 1; c < EntityClass.Count; c++)
            if (scores[c] > scores[best]) best = c;
        return best;
    }

    /// <summary>Drops the candidates judged not to be entities and types the others.</summary>
    public void Decide(PaperDocument document)
    {
        var english = !TextLanguage.IsChinese(document.Text);
        var features = new List<(int, float)>(64);
        var candidates = document.Entities;
        // Every candidate is judged before any is dropped or retyped: a candidate's features read the others, as in training.
        var labels = new int[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            EntityFeatures.Compute(document, candidates[i], english, features);
            labels[i] = Classify(features, entityOnly: IsOneWordTitleName(candidates[i]));
        }
        var kept = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (labels[i] == EntityClass.None) continue;
            candidates[i].Type = EntityClass.TypeOf(labels[i]);
            candidates[kept++] = candidates[i];
        }
        candidates.RemoveRange(kept, candidates.Count - kept);
    }

    /// <summary>
    /// "CriticalKV: ...", "GTR: ...", "Heron: ...": the title's own name written as one word is nearly always an entity (131
    /// of the training corpora's 135 strongly name-shaped title prefixes, and all 21 plain capitalised ones), so the
    /// classifier only types it.
    /// </summary>
    private static bool IsOneWordTitleName(EntityDraft draft) => draft.IsTitleName && !draft.Name.Contains(' ');

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(EntityFeatures.LayoutVersion);
        writer.Write(EntityFeatures.Count);
        writer.Write(EntityClass.Count);
        foreach (var b in _biases) writer.Write(b);
        foreach (var w in _weights) writer.Write(w);
    }

    /// <param name="origin">The file (and part) the stream comes from, named in every error.</param>
    public static EntityClassifier Load(Stream stream, string origin)
    {
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadString() != Magic) throw new ExtractionModelException($"{origin}: not an entity classifier");
            if (reader.ReadInt32() is var format && format != FormatVersion)
                throw new ExtractionModelException($"{origin}: entity classifier format {format}, expected {FormatVersion}");
            var layout = reader.ReadInt32();
            var featureCount = reader.ReadInt32();
            var classCount = reader.ReadInt32();
            if (layout != EntityFeatures.LayoutVersion || featureCount != EntityFeatures.Count || classCount != EntityClass.Count)
                throw new ExtractionModelException($"{origin}: entity classifier of feature layout {layout} ({featureCount} features, {classCount} classes), "
                    + $"this build reads layout {EntityFeatures.LayoutVersion} ({EntityFeatures.Count}, {EntityClass.Count}); retrain it with `digestgraph train`");
            var biases = ReadFloats(reader, classCount, origin);
            var weights = ReadFloats(reader, featureCount * classCount, origin);
            return new EntityClassifier(weights, biases);
        }
        catch (EndOfStreamException)
        {
            throw new ExtractionModelException($"{origin}: the entity classifier is cut short");
        }
    }

    private static float[] ReadFloats(BinaryReader reader, int count, string origin)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = reader.ReadSingle();
            if (!float.IsFinite(values[i])) throw new ExtractionModelException($"{origin}: the entity classifier holds a value that is not a number");
        }
        return values;
    }
}
