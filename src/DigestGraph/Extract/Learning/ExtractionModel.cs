using System.IO.Compression;
using DigestGraph.Extract.Entities;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Pipeline;
using DigestGraph.Extract.Relations.Learned;
using DigestGraph.Extract.Topics;

namespace DigestGraph.Extract.Learning;

/// <summary>
/// The project's trained models in one file (<c>src/DigestGraph/Data/models/extraction.model</c>, embedded in the
/// build): a zip with one entry per component (<c>entities</c>, <c>relations</c>, <c>topics</c>), written
/// with a fixed entry order and timestamp so that the same models give the same bytes. Loaded once per process.
/// </summary>
public sealed class ExtractionModel(EntityClassifier entities, RelationModel relations, TopicModel topics)
{
    public const string EntitiesEntry = "entities";
    public const string RelationsEntry = "relations";
    public const string TopicsEntry = "topics";
    public const string ShippedPath = "src/DigestGraph/Data/models/extraction.model";
    private const string ShippedResource = "models/extraction.model";
    private static readonly DateTimeOffset FixedTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Lazy<ExtractionModel> Embedded = new(LoadShipped);

    public EntityClassifier Entities { get; } = entities;
    public RelationModel Relations { get; } = relations;
    public TopicModel Topics { get; } = topics;

    /// <summary>The learned components the shipped extractor uses: those that beat their rules cross-validated on the dev papers (README).</summary>
    public const LearnedComponents ShippedComponents = LearnedComponents.All;

    /// <summary>The model shipped in the build, read on first use.</summary>
    public static ExtractionModel Shipped => Embedded.Value;

    /// <summary>The full pipeline: the rule stages with this model's learned decisions.</summary>
    public ExtractionPipeline Extractor(LearnedComponents components = ShippedComponents) =>
        Extractor(ExtractionKnowledge.Default, Taxonomy.Default, components);

    public ExtractionPipeline Extractor(ExtractionKnowledge knowledge, Taxonomy taxonomy, LearnedComponents components = ShippedComponents)
    {
        var builder = new ExtractionPipelineBuilder().UseRules(knowledge, taxonomy);
        if (components.HasFlag(LearnedComponents.Entities)) builder.UseEntityClassifier(Entities);
        if (components.HasFlag(LearnedComponents.Relations)) builder.UseRelations(Relations);
        if (components.HasFlag(LearnedComponents.Topics)) builder.UseTopics(Topics);
        return builder.Build();
    }

    public void Save(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        WriteEntry(zip, EntitiesEntry, Entities.Save);
        WriteEntry(zip, RelationsEntry, Relations.Save);
        WriteEntry(zip, TopicsEntry, Topics.Save);
    }

    private static void WriteEntry(ZipArchive zip, string name, Action<Stream> save)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTimestamp;
        using var part = entry.Open();
        save(part);
    }

    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        Save(buffer);
        return buffer.ToArray();
    }

    /// <summary>Reads a model file; a missing, unreadable or corrupt file is an error naming it.</summary>
    public static ExtractionModel Load(string path)
    {
        if (!File.Exists(path)) throw new ExtractionModelException($"model file {path} does not exist");
        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    /// <param name="origin">The file the stream was read from, named in every error.</param>
    public static ExtractionModel Load(Stream stream, string origin)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            return new ExtractionModel(
                ReadEntry(zip, origin, EntitiesEntry, EntityClassifier.Load),
                ReadEntry(zip, origin, RelationsEntry, RelationModel.Load),
                ReadEntry(zip, origin, TopicsEntry, TopicModel.Load));
        }
        catch (InvalidDataException e)
        {
            throw new ExtractionModelException($"model file {origin} is not a readable model ({e.Message})", e);
        }
    }

    private static T ReadEntry<T>(ZipArchive zip, string origin, string name, Func<Stream, string, T> load)
    {
        var entry = zip.GetEntry(name) ?? throw new ExtractionModelException($"model file {origin} has no '{name}' part");
        // Read whole so that a cut or corrupt part fails here, naming the file, not later in a stage.
        using var part = new MemoryStream();
        using (var compressed = entry.Open()) compressed.CopyTo(part);
        part.Position = 0;
        return load(part, $"model file {origin}, part '{name}'");
    }

    private static ExtractionModel LoadShipped()
    {
        using var stream = EmbeddedData.Assembly.GetManifestResourceStream(EmbeddedData.ResourceName(ShippedResource))
            ?? throw new ExtractionModelException($"model file {ShippedPath} was not embedded in the build; run `digestgraph train` to make it");
        return Load(stream, ShippedPath);
    }
}
