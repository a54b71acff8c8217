using DigestGraph.Extract;
using DigestGraph.Graph;
using DigestGraph.Ingest;

namespace DigestGraph.Tests.Analyse;

/// <summary>
/// Eight hand-made papers in two themes. Every paper mentions Transformer and carries the topic Model Architecture,
/// so both are the most frequent term of each theme yet characteristic of neither. Every image paper reports FID, a
/// metric: distinctive, but how papers are scored rather than what they are about.
/// </summary>
internal static class SmallKnowledgeGraph
{
    public static readonly string[] ImagePapers = ["i1", "i2", "i3", "i4"];
    public static readonly string[] LanguagePapers = ["l1", "l2", "l3", "l4"];

    public static KnowledgeGraph Create()
    {
        var entities = new[]
        {
            Entity("transformer", "Transformer", EntityType.Method),
            Entity("stable diffusion", "Stable Diffusion", EntityType.Model),
            Entity("controlnet", "ControlNet", EntityType.Method),
            Entity("imagenet", "ImageNet", EntityType.Dataset),
            Entity("gpt-4", "GPT-4", EntityType.Model),
            Entity("mmlu", "MMLU", EntityType.Benchmark),
            Entity("chain-of-thought", "Chain-of-Thought", EntityType.Method),
            Entity("fid", "FID", EntityType.Metric),
        };
        var mentions = new Dictionary<string, string[]>
        {
            ["i1"] = ["transformer", "stable diffusion", "imagenet", "fid"],
            ["i2"] = ["transformer", "stable diffusion", "controlnet", "imagenet", "fid"],
            ["i3"] = ["transformer", "stable diffusion", "controlnet", "fid"],
            ["i4"] = ["transformer", "stable diffusion", "controlnet", "fid"],
            ["l1"] = ["transformer", "gpt-4", "chain-of-thought"],
            ["l2"] = ["transformer", "gpt-4", "mmlu"],
            ["l3"] = ["transformer", "gpt-4", "mmlu", "chain-of-thought"],
            ["l4"] = ["transformer", "mmlu"],
        };
        var papers = mentions.Keys.Select(id => new PaperNode(
            new Paper(id, $"Paper {id}", null, $"https://arxiv.org/abs/{id}", "", [], new SourceLocation("small.md", 1)),
            [id[0] == 'i' ? "Image Generation" : "Reasoning", "Model Architecture"],
            id[0] == 'i' ? "Image Generation" : "Reasoning")).ToArray();
        var mentionList = mentions.SelectMany(kv => kv.Value.Select(key => new Mention(kv.Key, key, false))).ToArray();
        return new KnowledgeGraph(papers, entities, mentionList, []);
    }

    private static EntityNode Entity(string key, string name, EntityType type) => new(key, name, [type], []);
}
