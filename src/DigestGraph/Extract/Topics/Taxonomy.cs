using DigestGraph.Extract.Lexicon;

namespace DigestGraph.Extract.Topics;

/// <summary>The 29 topics of GUIDELINES.md, loaded from the embedded <c>taxonomy.json</c>.</summary>
public sealed class Taxonomy(IReadOnlyList<Topic> topics)
{
    public IReadOnlyList<Topic> Topics { get; } = topics;

    public static Taxonomy Default { get; } = new(
        (EmbeddedData.ReadJson("taxonomy.json")["topics"]?.AsArray() ?? [])
            .Select(t => new Topic(
                (string?)t?["name"] ?? throw new FormatException("taxonomy.json: a topic has no name"),
                new CueList((t!["cues"]?.AsArray() ?? []).Select(c => (string)c!)),
                (t["introduces"]?.AsArray() ?? []).Select(x => Enum.Parse<EntityType>((string)x!)).ToArray(),
                (bool?)t["broad"] ?? false))
            .ToArray());
}
