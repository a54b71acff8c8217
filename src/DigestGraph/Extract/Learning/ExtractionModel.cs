using System.IO.Compression;
using DigestGraph.Extract.Entities;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Pipeline;
using DigestGraph.Extract.Topics;

namespace DigestGraph.Extract.Learning;

/// <summary>
/// The project's trained models in one file (<c>src/DigestGraph/Data/models/extraction.model</c>, embedded in the
/// build): a zip with one entry per component (<c>entities</c>; the relation and topic components add theirs), written
/// with a fixed entry order and timestamp so that the same models give the same bytes. Loaded once per process.
/// </summary>
public sealed class ExtractionModel(EntityClassifier entities)
{
    public const string EntitiesEntry = "entities";
    public const string ShippedPath = "src/DigestGraph/Data/models/extraction.model";
    private const string ShippedResource = "models/extraction.model";
    private static readonly DateTimeOffset FixedTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Lazy<ExtractionModel> Embedded = new(LoadShipped);

    public EntityClassifier Entities { get; } = entities;

    /// <summary>The model shipped in the build, read on first use.</summary>
    public static ExtractionModel Shipped => Embedded.Value;

    /// <summary>The full pipeline: the rule stages with this model's learned decisions.</summary>
    public ExtractionPipeline Extractor() => Extractor(ExtractionKnowledge.Default, Taxonomy.Default);

    public ExtractionPipeline Extractor(ExtractionKnowledge knowledge, Taxonomy taxonomy) =>
        new ExtractionPipelineBuilder().UseRules(knowledge, taxonomy).UseEntityClassifier(Entities).Build();

    public void Save(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        var entry = zip.CreateEntry(EntitiesEntry, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTimestamp;
        using var part = entry.Open();
        Entities.Save(part);
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
            var entry = zip.GetEntry(EntitiesEntry) ?? throw new ExtractionModelException($"model file {origin} has no '{EntitiesEntry}' part");
            // Read whole so that a cut or corrupt part fails here, naming the file, not later in a stage.
            using var part = new MemoryStream();
            using (var compressed = entry.Open()) compressed.CopyTo(part);
            part.Position = 0;
            return new ExtractionModel(EntityClassifier.Load(part, $"model file {origin}, part '{EntitiesEntry}'"));
        }
        catch (InvalidDataException e)
        {
            throw new ExtractionModelException($"model file {origin} is not a readable model ({e.Message})", e);
        }
    }

    private static ExtractionModel LoadShipped()
    {
        using var stream = EmbeddedData.Assembly.GetManifestResourceStream(EmbeddedData.ResourceName(ShippedResource))
            ?? throw new ExtractionModelException($"model file {ShippedPath} was not embedded in the build; run `digestgraph train` to make it");
        return Load(stream, ShippedPath);
    }
}
