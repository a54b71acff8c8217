using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Relations;
using DigestGraph.Extract.Text;

namespace DigestGraph.Tests.Extract;

/// <summary>The per-sentence cue cache answers exactly what scanning the text itself answers.</summary>
public class SentenceCuesTests
{
    [Fact]
    public void Cues_of_a_sentence_are_those_a_scan_of_it_finds()
    {
        const string text = "Kestrel 超越了 GPT-4o。它优于 Mixtral，也超越了 Heron。";
        var sentences = SentenceSplitter.Split(text);
        var list = new CueList(["超越", "优于"]);
        var cues = new SentenceCues(text, sentences);
        for (var k = 0; k < sentences.Count; k++)
            Assert.Equal(list.FindAll(text, sentences[k].Start, sentences[k].End), cues.In(list, k));
        Assert.Equal(2, cues.In(list, 1).Count);
    }

    [Fact]
    public void A_part_of_a_sentence_has_a_cue_only_where_a_scan_of_the_part_finds_one()
    {
        // The sentence's scan finds "我们的模型" and passes over "的模" inside it; a part ending before 型 still holds "的模".
        const string text = "这里我们的模型更快。";
        var sentences = SentenceSplitter.Split(text);
        var list = new CueList(["我们的模型", "的模"]);
        var cues = new SentenceCues(text, sentences);
        var s = sentences[0];
        for (var end = s.Start; end <= s.End; end++)
            Assert.Equal(list.AnyIn(text, s.Start, end), cues.AnyIn(list, 0, s.Start, end));
        Assert.True(cues.AnyIn(list, 0, s.Start, s.Start + 6));
        Assert.False(cues.AnyIn(list, 0, s.Start, s.Start + 5));
    }

    [Fact]
    public void A_sentence_without_cues_has_none_in_any_part()
    {
        const string text = "Heron is fast. We compare it with Mixtral.";
        var sentences = SentenceSplitter.Split(text);
        var list = new CueList(["outperforms"]);
        var cues = new SentenceCues(text, sentences);
        Assert.Empty(cues.In(list, 0));
        Assert.False(cues.AnyIn(list, 1, sentences[1].Start, sentences[1].End));
    }
}
