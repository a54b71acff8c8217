using DigestGraph.Extract;
using DigestGraph.Extract.Lexicon;

namespace DigestGraph.Tests.Extract;

public class EntityLexiconTests
{
    private static readonly EntityLexicon Lexicon = EntityLexicon.Default;

    [Fact]
    public void The_embedded_lexicon_holds_hundreds_of_entities_of_every_type()
    {
        Assert.True(Lexicon.Count > 1000, $"{Lexicon.Count} surfaces");
        foreach (var (surface, type) in new[] { ("GPT-4", EntityType.Model), ("蒙特卡洛树搜索", EntityType.Method), ("GSM8K", EntityType.Benchmark),
                     ("C4", EntityType.Dataset), ("联发科", EntityType.Organization), ("准确率", EntityType.Metric), ("天玑 9300", EntityType.Hardware) })
        {
            Assert.True(Lexicon.TryFind(surface, out var e), surface);
            Assert.Equal(type, e.Type);
        }
    }

    [Fact]
    public void Scan_finds_the_longest_alias_and_whole_words_only()
    {
        var text = "采用思维链提示与 LoRA，而非 FlashAttention2；GLoRAx 不是名字。";
        var found = Lexicon.Scan(text).Select(m => text.Substring(m.Start, m.Length)).ToArray();
        Assert.Equal(["思维链提示", "LoRA", "FlashAttention2"], found);
    }

    [Fact]
    public void Chinese_aliases_match_with_or_without_spaces_before_latin()
    {
        Assert.Single(Lexicon.Scan("在天玑9300 处理器上"));
        Assert.Single(Lexicon.Scan("在天玑 9300 处理器上"));
    }

    [Fact]
    public void Short_capital_acronyms_match_case_sensitively()
    {
        Assert.Empty(Lexicon.Scan("the moe and sd of it"));
        Assert.Equal(2, Lexicon.Scan("the MoE and SD of it").Count);
    }
}
