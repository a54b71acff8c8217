using System.IO.Compression;
using DigestGraph.Extract.Evaluation;
using DigestGraph.Extract.Learning;

namespace DigestGraph.Tests.Extract.Learning;

/// <summary>The model file: rebuilt byte for byte from the repository's corpus, and refused with its name when missing or corrupt.</summary>
public class ExtractionModelTests
{
    private static IReadOnlyList<AnnotatedPaper> Corpus() =>
        AnnotatedCorpus.Load([RepoPaths.Gold, RepoPaths.Dev, RepoPaths.Extra], GoldFiles.Expand([RepoPaths.Seeds, RepoPaths.Dev, RepoPaths.Extra]).ToArray());

    [Fact]
    public void Training_twice_on_the_same_papers_gives_the_same_bytes_and_another_seed_or_corpus_does_not_break_it()
    {
        var corpus = Corpus();
        var half = corpus.Where((_, i) => i % 2 == 0).ToArray();
        var first = ExtractionModelTrainer.Train(half, 3).ToBytes();
        var second = ExtractionModelTrainer.Train(half, 3).ToBytes();
        Assert.Equal(first, second);
        Assert.NotEqual(first, ExtractionModelTrainer.Train(corpus, 3).ToBytes());
    }

    [Fact]
    public void The_shipped_model_is_what_train_makes_from_the_repository_corpus()
    {
        var shipped = File.ReadAllBytes(Path.Combine(RepoPaths.Root, ExtractionModel.ShippedPath));
        var retrained = ExtractionModelTrainer.Train(Corpus(), ExtractionModelTrainer.DefaultSeed).ToBytes();
        Assert.True(shipped.AsSpan().SequenceEqual(retrained),
            $"{ExtractionModel.ShippedPath} is stale: run `digestgraph train --gold eval/gold --gold eval/dev --gold eval/extra --out {ExtractionModel.ShippedPath} seeds eval/dev eval/extra`");
        Assert.InRange(shipped.Length, 1, 20_000_000);
    }

    [Fact]
    public void A_missing_model_file_is_an_error_naming_it()
    {
        var e = Assert.Throws<ExtractionModelException>(() => ExtractionModel.Load("/nonexistent/extraction.model"));
        Assert.Contains("/nonexistent/extraction.model", e.Message);
    }

    [Theory]
    [InlineData("not a zip")]
    [InlineData("no entities part")]
    [InlineData("cut entities part")]
    [InlineData("garbage entities part")]
    public void A_corrupt_model_file_is_an_error_naming_it(string corruption)
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "broken.model");
        var good = ExtractionModel.Shipped.ToBytes();
        switch (corruption)
        {
            case "not a zip": File.WriteAllBytes(path, good[..(good.Length / 2)]); break;
            case "no entities part": WriteZip(path, "other", [1, 2, 3]); break;
            case "cut entities part": WriteZip(path, ExtractionModel.EntitiesEntry, EntitiesPart(good)[..40]); break;
            default: WriteZip(path, ExtractionModel.EntitiesEntry, "DGENT but not really"u8.ToArray()); break;
        }
        var e = Assert.Throws<ExtractionModelException>(() => ExtractionModel.Load(path));
        Assert.Contains(path, e.Message);
    }

    private static byte[] EntitiesPart(byte[] model)
    {
        using var zip = new ZipArchive(new MemoryStream(model), ZipArchiveMode.Read);
        using var part = zip.GetEntry(ExtractionModel.EntitiesEntry)!.Open();
        using var copy = new MemoryStream();
        part.CopyTo(copy);
        return copy.ToArray();
    }

    private static void WriteZip(string path, string entry, byte[] content)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using var stream = zip.CreateEntry(entry).Open();
        stream.Write(content);
    }
}
