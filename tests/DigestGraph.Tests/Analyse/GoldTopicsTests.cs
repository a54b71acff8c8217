using DigestGraph.Analyse;

namespace DigestGraph.Tests.Analyse;

public sealed class GoldTopicsTests
{
    [Fact]
    public void ReadsPrimaryTopicsAndNamesTheFileAndLineOfABadRecord()
    {
        using var directory = new TempDirectory();
        directory.Write("a.jsonl", "{\"id\": \"1\", \"primary_topic\": \"Reasoning\"}\n\n{\"id\": \"2\", \"primary_topic\": \"Agents\"}\n");
        Assert.Equal(new Dictionary<string, string> { ["1"] = "Reasoning", ["2"] = "Agents" }, GoldTopics.Load(directory.Path));

        directory.Write("b.jsonl", "{\"id\": \"3\", \"primary_topic\": \"Agents\"}\n{not json\n");
        var error = Assert.Throws<InvalidDataException>(() => GoldTopics.Load(directory.Path));
        Assert.Contains("b.jsonl:2", error.Message);
    }
}
