using System.Globalization;
using System.Text.RegularExpressions;
using DigestGraph.Extract;

namespace DigestGraph.Tests.Extract.Specs;

/// <summary>
/// Runs every example of <c>tests/DigestGraph.Tests/Specs/*.md</c>. Expectation lines:
/// <c>entity NAME[: TYPE][, introduced | , not introduced]</c>, <c>no entity NAME</c>,
/// <c>relation TYPE SOURCE -> TARGET [(METRIC = VALUE)]</c> (<c>(= VALUE)</c>: a value with no metric), <c>no relation TYPE SOURCE -> TARGET</c>,
/// <c>evidence TYPE contains TEXT</c>, <c>topic NAME</c>, <c>no topic NAME</c>, <c>primary NAME|none</c>.
/// Every relation found must carry its evidence sentence.
/// </summary>
public partial class SpecTests
{
    private static readonly string Directory = Path.Combine(RepoPaths.Root, "tests", "DigestGraph.Tests", "Specs");

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in System.IO.Directory.GetFiles(Directory, "*.md").Order(StringComparer.Ordinal))
            foreach (var example in SpecFile.Read(file))
                data.Add(example.File, example.Line);
        return data;
    }

    [Fact]
    public void There_are_spec_files_with_examples() => Assert.True(Examples().Count() >= 30, $"found {Examples().Count()} examples in {Directory}");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_holds(string file, int line)
    {
        var example = SpecFile.Read(Path.Combine(Directory, file)).Single(e => e.Line == line);
        var extractor = example.Extractor switch
        {
            "rules" => ExtractorHarness.Extractor,
            "shipped" => ExtractorHarness.Shipped,
            var other => throw new FormatException($"{example}: unknown extractor '{other}'"),
        };
        var x = extractor.Extract(ExtractorHarness.Paper(example.Title, example.Abstract, example.TranslatedTitle));
        Assert.All(x.Relations, r => Assert.False(string.IsNullOrWhiteSpace(r.Evidence), $"{example}: {r.Type.Name()} {r.Source}->{r.Target} has no evidence"));
        foreach (var (at, text) in example.Expectations)
            Check(x, $"{example.File}:{at} ({example.Name})", text.Trim());
    }

    private static void Check(PaperExtraction x, string where, string expectation)
    {
        var found = $"entities: {string.Join(", ", x.Entities.Select(e => $"{e.Name} [{e.Type}{(e.Introduced ? ", introduced" : "")}]"))}; relations: {x.Describe()}; topics: {string.Join(", ", x.Topics)} (primary {x.PrimaryTopic})";
        if (EntityLine().Match(expectation) is { Success: true } e)
        {
            var entity = Find(x, e.Groups["name"].Value);
            Assert.True(entity is not null, $"{where}: no entity '{e.Groups["name"].Value}'; {found}");
            if (e.Groups["type"].Success)
                Assert.True(entity.Type.ToString() == e.Groups["type"].Value, $"{where}: {entity.Name} is {entity.Type}, expected {e.Groups["type"].Value}; {found}");
            if (e.Groups["intro"].Success)
                Assert.True(entity.Introduced == (e.Groups["intro"].Value == "introduced"), $"{where}: {entity.Name} is{(entity.Introduced ? "" : " not")} introduced; {found}");
        }
        else if (expectation.StartsWith("no entity ", StringComparison.Ordinal))
            Assert.True(Find(x, expectation["no entity ".Length..]) is null, $"{where}: unexpected entity '{expectation["no entity ".Length..]}'; {found}");
        else if (RelationLine().Match(expectation) is { Success: true } r)
        {
            Assert.True(RelationTypeNames.TryParse(r.Groups["type"].Value, out var type), $"{where}: unknown relation type {r.Groups["type"].Value}");
            var (source, target) = (r.Groups["source"].Value.Trim(), r.Groups["target"].Value.Trim());
            var relation = x.Relations.FirstOrDefault(q => q.Type == type && Same(q.Source, source) && Same(q.Target, target));
            if (r.Groups["no"].Success)
            {
                Assert.True(relation is null, $"{where}: unexpected {type.Name()} {source} -> {target}; {found}");
                return;
            }
            Assert.True(relation is not null, $"{where}: no {type.Name()} {source} -> {target}; {found}");
            if (r.Groups["metric"].Success)
            {
                var metric = r.Groups["metric"].Value.Trim();
                Assert.Equal(metric.Length == 0 ? null : metric, relation.Metric);
                Assert.Equal(double.Parse(r.Groups["value"].Value, CultureInfo.InvariantCulture), double.Parse(relation.Value!, CultureInfo.InvariantCulture));
            }
        }
        else if (EvidenceLine().Match(expectation) is { Success: true } v)
            Assert.True(x.Relations.Any(q => q.Type.Name() == v.Groups["type"].Value && q.Evidence!.Contains(v.Groups["text"].Value, StringComparison.Ordinal)),
                $"{where}: no {v.Groups["type"].Value} with evidence containing '{v.Groups["text"].Value}'; {found}");
        else if (expectation.StartsWith("no topic ", StringComparison.Ordinal))
            Assert.True(!x.Topics.Contains(expectation["no topic ".Length..]), $"{where}: unexpected topic; {found}");
        else if (expectation.StartsWith("topic ", StringComparison.Ordinal))
            Assert.True(x.Topics.Contains(expectation["topic ".Length..]), $"{where}: missing topic; {found}");
        else if (expectation.StartsWith("primary ", StringComparison.Ordinal))
        {
            var primary = expectation["primary ".Length..];
            Assert.True(primary == "none" ? x.PrimaryTopic is null : x.PrimaryTopic == primary, $"{where}: primary topic {x.PrimaryTopic ?? "none"}; {found}");
        }
        else throw new FormatException($"{where}: cannot read expectation '{expectation}'");
    }

    private static ExtractedEntity? Find(PaperExtraction x, string name) =>
        x.Entities.FirstOrDefault(e => Same(e.Name, name) || e.Aliases.Any(a => Same(a, name)));

    private static bool Same(string a, string b) => NameFolding.Fold(a) == NameFolding.Fold(b);

    [GeneratedRegex(@"^entity (?<name>.+?)(?:: (?<type>Model|Method|Dataset|Benchmark|Organization|Metric|Hardware))?(?:(?:,|:) (?<intro>introduced|not introduced))?$")]
    private static partial Regex EntityLine();

    [GeneratedRegex(@"^(?<no>no )?relation (?<type>[A-Z_]+) (?<source>.+?) -> (?<target>.+?)(?: \((?<metric>[^=]*)= ?(?<value>[-0-9.]+)\))?$")]
    private static partial Regex RelationLine();

    [GeneratedRegex(@"^evidence (?<type>[A-Z_]+) contains (?<text>.+)$")]
    private static partial Regex EvidenceLine();
}
