using DigestGraph.Extract;
using DigestGraph.Extract.Lexicon;

namespace DigestGraph.Tests.Extract.Lexicon;

public class LexiconNameListTests
{
    private static readonly EntityLexicon Lexicon = new([
        new LexiconEntry("Exponential Moving Average", [EntityType.Method], ["EMA"]),
        new LexiconEntry("Cora", [EntityType.Benchmark], []),
        new LexiconEntry("GSM8K", [EntityType.Benchmark], []),
    ]);

    [Fact]
    public void Without_leaves_out_the_entries_named_by_name_or_alias_and_keeps_the_others()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("names.txt", "# named after reading misses\nema\n\nCora   # a citation graph\n");

        var smaller = Lexicon.Without(LexiconNameList.Read(file, Lexicon));

        Assert.Equal(["GSM8K"], smaller.Entries.Select(e => e.Name));
        Assert.False(smaller.TryFind("EMA", out _));
        Assert.True(smaller.TryFind("gsm8k", out _));
    }

    [Fact]
    public void A_name_that_is_no_entry_is_an_error_naming_the_file_and_line()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("names.txt", "Cora\nNot An Entry\n");

        var e = Assert.Throws<FormatException>(() => LexiconNameList.Read(file, Lexicon));
        Assert.Contains($"{file}:2", e.Message);
        Assert.Contains("Not An Entry", e.Message);
    }

    [Fact]
    public void The_repository_list_names_entries_of_the_shipped_lexicon()
    {
        var names = LexiconNameList.Read(RepoPaths.LexiconNamedFromMisses, EntityLexicon.Default);

        Assert.Equal(24, names.Count);
        Assert.Equal(EntityLexicon.Default.Entries.Count - 24, EntityLexicon.Default.Without(names).Entries.Count);
    }
}
