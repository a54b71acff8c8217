using DigestGraph.Extract.Learning;
using DigestGraph.Extract.Topics;

namespace DigestGraph.Tests.Extract.Topics;

/// <summary>The topic model's training and its part of the model file: deterministic and loud when damaged.</summary>
public class TopicModelFileTests
{
    private static readonly Lazy<IReadOnlyList<AnnotatedPaper>> Corpus =
        new(() => AnnotatedCorpus.Load([RepoPaths.Gold, RepoPaths.Dev], [RepoPaths.Seeds, RepoPaths.Dev]));

    private static byte[] Shipped => Bytes(ExtractionModel.Shipped.Topics);

    private static byte[] Bytes(TopicModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void The_same_papers_and_seed_train_the_same_bytes_and_a_saved_model_loads_back_unchanged()
    {
        var papers = Corpus.Value.Where((_, i) => i % 3 == 0).ToArray();

        var first = Bytes(TopicModel.Train(papers, seed: 3));
        var second = Bytes(TopicModel.Train(papers, seed: 3));
        var reloaded = Bytes(TopicModel.Load(new MemoryStream(first), "memory"));

        Assert.Equal(first, second);
        Assert.Equal(first, reloaded);
    }

    public static TheoryData<string, Func<byte[], byte[]>, string> Damages => new()
    {
        { "truncated", b => b[..(b.Length / 2)], "ends early" },
        { "empty", _ => [], "does not start as a topic model" },
        { "another file", _ => "{\"topics\": []}"u8.ToArray(), "does not start as a topic model" },
        { "bytes appended", b => [.. b, 0], "bytes follow the model" },
        { "a weight not a number", b => [.. b[..^4], .. BitConverter.GetBytes(float.NaN)], "not a finite number" },
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_model_file_is_an_error_naming_the_file(string damage, Func<byte[], byte[]> spoil, string why)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("topics.model", spoil(Shipped));

        using var stream = File.OpenRead(path);
        var error = Assert.Throws<InvalidDataException>(() => TopicModel.Load(stream, path));

        Assert.True(error.Message.Contains(path) && error.Message.Contains(why), $"{damage}: {error.Message}");
    }

    [Fact]
    public void A_model_of_another_taxonomy_is_refused()
    {
        using var stream = new MemoryStream(Shipped);
        var other = new Taxonomy(Taxonomy.Default.Topics.Reverse().ToArray());

        var error = Assert.Throws<InvalidDataException>(() => TopicModel.Load(stream, "old.model", other));

        Assert.Contains("old.model", error.Message);
        Assert.Contains("not those of the taxonomy", error.Message);
    }
}
