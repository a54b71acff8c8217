using System.Diagnostics;
using System.Text;
using DigestGraph.Extract;

namespace DigestGraph.Tests.Extract;

/// <summary>
/// Bad input: no crash, no entity made of punctuation, bounded time per entry, on the shipped extractor and on the rules
/// alone (whose behaviour the remaining assertions describe).
/// </summary>
public class ExtractorRobustnessTests
{
    /// <summary>The shipped extractor's result checked for junk; the rules' result returned for the test's own assertions.</summary>
    private static PaperExtraction Extract(string title, string text)
    {
        AssertNoJunk(ExtractorHarness.Shipped.Extract(ExtractorHarness.Paper(title, text)));
        return ExtractorHarness.Extract(title, text);
    }

    private static void AssertNoJunk(PaperExtraction x)
    {
        Assert.All(x.Entities, e => Assert.True(NameFolding.Fold(e.Name).Length > 0, $"junk entity '{e.Name}'"));
        Assert.All(x.Entities, e => Assert.DoesNotContain(e.Name, c => char.IsControl(c)));
    }

    [Fact]
    public void Empty_abstract_gives_only_what_the_title_names()
    {
        var x = Extract("Kestrel: Routing", "");
        AssertNoJunk(x);
        Assert.Equal(["Kestrel"], x.Entities.Select(e => e.Name));
        Assert.Empty(x.Relations);
    }

    [Fact]
    public void Only_chinese_text_still_finds_lexicon_terms()
    {
        var x = Extract("研究", "本文研究了思维链和蒙特卡洛树搜索在数学推理中的作用。");
        AssertNoJunk(x);
        Assert.Contains(x.Entities, e => e.Name == "Chain-of-Thought");
        Assert.Contains(x.Entities, e => e.Name == "MCTS");
    }

    [Fact]
    public void Only_english_text_finds_names_and_relations()
    {
        var x = Extract("Osprey: Fast Inference", "We present Osprey, a serving system. Osprey outperforms vLLM on LongBench.");
        AssertNoJunk(x);
        Assert.True(x.Has(RelationType.Outperforms, "Osprey", "vLLM"), x.Describe());
    }

    [Fact]
    public void A_bracketed_name_whose_letters_are_spelled_across_a_sentence_end_does_not_throw()
    {
        // From the synthetic benchmark corpus: "Taor" was spelled by "tokens. Human evaluators prefer outputs of LuganmenAr",
        // a long form crossing the full stop, and the comparison pattern then read past the sentence end and threw.
        var x = Extract("LuganmenAr (Taor): A Family of Open Large Multimodal Models",
            "LuganmenAr (Taor) is built on Llama-4 and trained on Taganmen-Corpus, a new corpus of 13 trillion tokens. " +
            "Human evaluators prefer outputs of LuganmenAr (Taor) over Granite-13B in 43.1% of cases. " +
            "On MMLU, LuganmenAr (Taor) reaches 28.5% accuracy, outperforming Llama-4 by 11.6 percentage points.");
        AssertNoJunk(x);
        Assert.DoesNotContain(x.Entities, e => e.Aliases.Any(a => a.Contains("tokens.")));
        Assert.True(x.Has(RelationType.Outperforms, "LuganmenAr", "Llama-4"), x.Describe());
    }

    [Fact]
    public void Latex_emoji_control_characters_and_unbalanced_brackets_do_no_harm()
    {
        var text = "我们提出了 $\\text{Hyper}^2$ 🚀🚀，\u0001\u0007它（超越了 (GPT-4o [[ 和 \\mathrm{x} {{{ $$ ）） \\textbf{未闭合 \u200B\uFEFF ((( ]]。";
        var x = Extract("$\\text{Hyper}^2$: Adaptive", text);
        AssertNoJunk(x);
        Assert.Contains(x.Entities, e => NameFolding.Fold(e.Name) == "hyper2");
        Assert.Contains(x.Entities, e => e.Name == "GPT-4o");
    }

    [Fact]
    public void A_one_megabyte_abstract_finishes_quickly_without_punctuation_entities()
    {
        var sb = new StringBuilder();
        var pieces = new[] { "我们提出了 Kestrel-7B，它超越了 GPT-4o（如 ", "(((", "$\\frac{a}{b}$", "🚀", "，在 MMLU 上达到 71.3% 的准确率。", ")))", "---", "!!!", "[[", "Transformer 架构；" };
        for (var i = 0; sb.Length < 1_000_000; i++) sb.Append(pieces[i % pieces.Length]);
        var watch = Stopwatch.StartNew();
        var x = Extract("Kestrel: Routing", sb.ToString());
        watch.Stop();
        AssertNoJunk(x);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Many_threads_can_share_one_extractor()
    {
        var papers = Enumerable.Range(0, 64).Select(i => ExtractorHarness.Paper($"Model{i}: Test", $"我们提出了 Model{i}，它超越了 GPT-4o。", id: $"2401.{i:00000}"));
        var results = papers.AsParallel().Select(ExtractorHarness.Extractor.Extract).ToArray();
        Assert.All(results, r => Assert.Single(r.Relations));
        var shipped = papers.AsParallel().AsOrdered().Select(ExtractorHarness.Shipped.Extract).ToArray();
        Assert.Equal(papers.Select(ExtractorHarness.Shipped.Extract).Select(r => r.Entities.Count), shipped.Select(r => r.Entities.Count));
    }
}
