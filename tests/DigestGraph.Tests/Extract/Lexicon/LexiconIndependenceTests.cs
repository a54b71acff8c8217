using System.Text.Json;
using System.Text.Json.Nodes;
using DigestGraph.Extract;
using DigestGraph.Extract.Evaluation;
using DigestGraph.Extract.Lexicon;

namespace DigestGraph.Tests.Extract.Lexicon;

/// <summary>
/// The lexicon is a feature, never the answers: it may not know an entity that a paper of the annotated corpus introduces,
/// save the few reviewed ones that became well known on their own (a gold file's own invention would leak into training).
/// </summary>
public class LexiconIndependenceTests
{
    // Reviewed: each is a widely used model, method, dataset or benchmark that exists independently of the digests.
    private static readonly HashSet<string> WellKnownIntroducedByACorpusPaper =
        ["Chatbot Arena", "RedPajama", "GaLore", "Attention Mask", "Retrieval-Augmented Generation", "Qwen2.5", "Yi-34B", "PixArt-Σ", "SAM 2"];

    [Fact]
    public void No_lexicon_entry_is_an_entity_only_a_corpus_paper_introduces()
    {
        var introduced = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(RepoPaths.Gold, "*.jsonl").Concat(Directory.GetFiles(RepoPaths.Dev, "*.gold.jsonl")))
            foreach (var record in ExtractionRecordJson.ReadFile(file))
                foreach (var entity in record.Entities.Where(e => e.Introduced))
                    foreach (var surface in entity.Surfaces)
                        introduced.TryAdd(NameFolding.Fold(surface), $"{Path.GetFileName(file)} {record.Id}");

        var entries = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "DigestGraph", "Data", "lexicon"), "*.json")
            .SelectMany(f => EntityLexicon.Parse(JsonNode.Parse(File.ReadAllText(f), documentOptions: new() { CommentHandling = JsonCommentHandling.Skip })!, f))
            .ToArray();
        var leaked = entries
            .Where(e => !WellKnownIntroducedByACorpusPaper.Contains(e.Name))
            .Select(e => (Entry: e, Paper: e.Aliases.Prepend(e.Name).Select(s => introduced.GetValueOrDefault(NameFolding.Fold(s))).FirstOrDefault(p => p is not null)))
            .Where(x => x.Paper is not null)
            .Select(x => $"{x.Entry.Name} (introduced by {x.Paper})")
            .ToArray();
        Assert.True(leaked.Length == 0, "lexicon entries only a corpus paper introduces: " + string.Join(", ", leaked));
        Assert.All(WellKnownIntroducedByACorpusPaper, name => Assert.Contains(entries, e => e.Name == name));
    }
}
