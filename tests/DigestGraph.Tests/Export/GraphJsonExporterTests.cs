using System.Text.Json;
using DigestGraph.Export;

namespace DigestGraph.Tests.Export;

public sealed class GraphJsonExporterTests
{
    private static JsonElement Export()
    {
        using var stream = new MemoryStream();
        new GraphJsonExporter().Write(SampleGraph.Create(), stream);
        return JsonDocument.Parse(stream.ToArray()).RootElement;
    }

    [Fact]
    public void Round_trips_every_part_of_the_graph()
    {
        var json = Export();

        Assert.Equal(SampleGraph.Papers, json.GetProperty("papers").GetArrayLength());
        Assert.Equal(SampleGraph.Entities, json.GetProperty("entities").GetArrayLength());
        Assert.Equal(SampleGraph.Topics, json.GetProperty("topics").GetArrayLength());
        Assert.Equal(SampleGraph.Mentions, json.GetProperty("mentions").GetArrayLength());
        Assert.Equal(SampleGraph.Relations, json.GetProperty("relations").GetArrayLength());
        Assert.Equal(SampleGraph.Introduced, json.GetProperty("mentions").EnumerateArray().Count(m => m.GetProperty("introduced").GetBoolean()));
    }

    [Fact]
    public void Papers_carry_their_topics_and_text_verbatim()
    {
        var paper = Export().GetProperty("papers")[0];

        Assert.Equal("2401.00001", paper.GetProperty("id").GetString());
        Assert.Equal(SampleGraph.AwkwardAbstract, paper.GetProperty("abstract").GetString());
        Assert.Equal(["Vision", "LLM"], paper.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Vision", paper.GetProperty("primaryTopic").GetString());
        Assert.Equal("seeds/a.md:1", paper.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, Export().GetProperty("papers")[1].GetProperty("translatedTitle").ValueKind);
    }

    [Fact]
    public void Entities_and_relations_keep_names_types_aliases_metric_and_value()
    {
        var json = Export();
        var awkward = json.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == SampleGraph.AwkwardName);
        var evaluated = json.GetProperty("relations").EnumerateArray().Single(r => r.GetProperty("type").GetString() == "EVALUATED_ON");

        Assert.Equal("Method", awkward.GetProperty("type").GetString());
        Assert.Equal(["OBN"], awkward.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("2401.00001", evaluated.GetProperty("paper").GetString());
        Assert.Equal("top-1", evaluated.GetProperty("metric").GetString());
        Assert.Equal("85.0%", evaluated.GetProperty("value").GetString());
        Assert.Contains("ImageNet", evaluated.GetProperty("evidence").GetString());
    }

    [Fact]
    public void Output_is_identical_between_runs()
    {
        using var a = new MemoryStream();
        using var b = new MemoryStream();
        new GraphJsonExporter().Write(SampleGraph.Create(), a);
        new GraphJsonExporter().Write(SampleGraph.Create(), b);

        Assert.Equal(a.ToArray(), b.ToArray());
    }
}
