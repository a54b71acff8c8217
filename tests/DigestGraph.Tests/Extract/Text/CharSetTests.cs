using DigestGraph.Extract.Text;

namespace DigestGraph.Tests.Extract.Text;

public sealed class CharSetTests
{
    [Fact]
    public void Contains_exactly_the_characters_it_was_made_of()
    {
        var set = new CharSet(['a', '模', '\uFFFF', '\0']);

        Assert.Equal(["\0", "a", "模", "\uFFFF"],
            Enumerable.Range(0, char.MaxValue + 1).Where(c => set.Contains((char)c)).Select(c => ((char)c).ToString()));
    }
}
