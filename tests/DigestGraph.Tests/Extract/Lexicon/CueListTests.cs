using DigestGraph.Extract.Lexicon;

namespace DigestGraph.Tests.Extract.Lexicon;

public sealed class CueListTests
{
    private static readonly CueList Cues = new(["based on", "Based", "outperform", "优于", "基于", "基于预训练"]);

    [Theory]
    [InlineData("Our model is based on Llama", 13, "based on")]
    [InlineData("BASED ON prior work", 0, "based on")]
    [InlineData("Based solely on", 0, "Based")]
    [InlineData("该模型基于预训练的编码器", 3, "基于预训练")]
    [InlineData("该模型基于 Llama", 3, "基于")]
    public void Matches_the_longest_cue_at_a_position_ignoring_case(string text, int position, string expected)
    {
        Assert.Equal(expected, Cues.MatchAt(text, position));
    }

    [Theory]
    [InlineData("rebased on main", 2)]
    [InlineData("outperformed", 0)]
    [InlineData("short", 7)]
    [InlineData("short", -1)]
    public void Latin_cues_match_whole_words_only_and_positions_outside_the_text_match_nothing(string text, int position)
    {
        Assert.Null(Cues.MatchAt(text, position));
    }

    [Fact]
    public void Finds_every_occurrence_left_to_right_within_the_range()
    {
        const string text = "X is based on Y and 优于 Z; Based on W, it will outperform V 基于预训练";

        var found = Cues.FindAll(text, 0, text.Length).ToArray();

        Assert.Equal(["based on", "优于", "based on", "outperform", "基于预训练"], found.Select(f => f.Cue.ToLowerInvariant()));
        Assert.All(found, f => Assert.Equal(f.Cue, text.Substring(f.Position, f.Cue.Length), StringComparer.OrdinalIgnoreCase));
        Assert.Empty(Cues.FindAll(text, 0, 10));
    }

    [Theory]
    [InlineData("这是基于预训练", 7, "基于预训练")]
    [InlineData("it is BASED ON", 14, "based on")]
    [InlineData("X is based", 10, "Based")]
    public void Matches_the_longest_cue_ending_at_a_position(string text, int end, string expected) =>
        Assert.Equal(expected, Cues.MatchEndingAt(text, end), StringComparer.OrdinalIgnoreCase);

    [Theory]
    [InlineData("rebased", 7)]
    [InlineData("based", 0)]
    [InlineData("based", 6)]
    public void Ends_only_where_a_whole_cue_ends_inside_the_text(string text, int end) => Assert.Null(Cues.MatchEndingAt(text, end));

    [Fact]
    public void Any_in_a_range_needs_a_whole_cue_inside_it()
    {
        const string text = "we outperform it; 基于预训练";
        Assert.True(Cues.AnyIn(text, 0, text.Length));
        Assert.False(Cues.AnyIn(text, 0, 8));
        Assert.False(Cues.AnyIn(text, 4, 13));
        Assert.True(Cues.AnyIn(text, 18, 23));
    }
}
