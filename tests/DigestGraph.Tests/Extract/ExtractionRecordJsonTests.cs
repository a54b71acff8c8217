using DigestGraph.Extract;
using DigestGraph.Extract.Evaluation;

namespace DigestGraph.Tests.Extract;

public class ExtractionRecordJsonTests
{
    [Fact]
    public void Extractor_output_is_written_in_the_guideline_shape_with_evidence()
    {
        var x = ExtractorHarness.Extract("Kestrel: Routing", "我们提出了 Kestrel，它超越了 GPT-4o。");
        var json = System.Text.Json.Nodes.JsonNode.Parse(ExtractionRecordJson.Write(ExtractionRecordMapper.ToRecord(x)))!;
        Assert.Equal("2401.00001", (string?)json["id"]);
        Assert.Equal("Kestrel: Routing", (string?)json["title"]);
        var kestrel = json["entities"]!.AsArray().Single(e => (string?)e!["name"] == "Kestrel")!;
        Assert.True((bool)kestrel["introduced"]!);
        Assert.NotNull((string?)kestrel["type"]);
        var relation = json["relations"]!.AsArray().Single()!;
        Assert.Equal("OUTPERFORMS", (string?)relation["type"]);
        Assert.Contains("超越", (string?)relation["evidence"]);
        Assert.NotNull(json["topics"]);
        Assert.True(json.AsObject().ContainsKey("primary_topic"));
    }

    [Fact]
    public void Records_round_trip_and_two_types_are_written_as_types()
    {
        var record = new ExtractionRecord("1", "t",
            [new EntityRecord("Med-MAT", null, ["Dataset", "Benchmark"], ["MedMAT"], true)],
            [new RelationRecord("EVALUATED_ON", "a", "b", "accuracy", "67.0", "s")], ["Reasoning"], "Reasoning");
        var back = ExtractionRecordJson.Parse(ExtractionRecordJson.Write(record));
        Assert.Equal(["Dataset", "Benchmark"], back.Entities[0].Types);
        Assert.Equal("67.0", back.Relations[0].Value);
        Assert.Equal("Reasoning", back.PrimaryTopic);
    }

    [Fact]
    public void A_malformed_gold_line_is_reported_with_file_and_line()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("bad.jsonl", "{\"id\": \"1\", \"title\": \"t\"}\n{not json\n");
        var e = Assert.Throws<FormatException>(() => ExtractionRecordJson.ReadFile(file));
        Assert.Contains("bad.jsonl:2", e.Message);
    }
}
