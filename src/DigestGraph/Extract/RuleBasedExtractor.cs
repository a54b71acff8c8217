using System.Text.RegularExpressions;
using DigestGraph.Ingest;

namespace DigestGraph.Extract;

/// <summary>Placeholder first pass: the name before the title's colon is the paper's own model. Replaced by the rule pipeline.</summary>
public sealed partial class RuleBasedExtractor : IExtractor
{
    [GeneratedRegex(@"^(?<name>[^:：,]{2,40})[:：,]")]
    private static partial Regex TitleName();

    public static RuleBasedExtractor CreateDefault() => new();

    public PaperExtraction Extract(Paper paper)
    {
        var m = TitleName().Match(paper.Title);
        var entities = m.Success
            ? new[] { new ExtractedEntity(m.Groups["name"].Value.Trim(), EntityType.Model) { Introduced = true } }
            : [];
        return new PaperExtraction(paper, entities, [], [], null);
    }
}
