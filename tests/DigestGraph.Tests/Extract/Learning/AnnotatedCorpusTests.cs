using DigestGraph.Extract.Learning;

namespace DigestGraph.Tests.Extract.Learning;

public class AnnotatedCorpusTests
{
    [Fact]
    public void The_repository_corpus_pairs_every_seed_and_development_paper_with_its_gold()
    {
        var corpus = AnnotatedCorpus.Load([RepoPaths.Gold, RepoPaths.Dev], [RepoPaths.Seeds, RepoPaths.Dev]);

        Assert.Equal(78 + 89, corpus.Count);
        Assert.Equal(78, corpus.Count(p => p.Area == "seeds"));
        Assert.Equal(["applied", "llm", "seeds", "speech", "systems", "vision"], corpus.Select(p => p.Area).Distinct().Order());
        Assert.All(corpus.Where(p => p.Area == "seeds"), p => Assert.Equal("zh", p.Language));
        Assert.Contains(corpus, p => p.Language == "en");
        Assert.All(corpus, p => Assert.Equal(p.Paper.Id, p.Gold.Id));
    }

    [Fact]
    public void Extra_papers_find_their_own_gold_beside_development_files_of_the_same_name()
    {
        var extraGold = Directory.GetFiles(RepoPaths.Extra, "*.gold.jsonl").Sum(f => File.ReadLines(f).Count(l => l.Trim().Length > 0));

        var corpus = AnnotatedCorpus.Load([RepoPaths.Gold, RepoPaths.Dev, RepoPaths.Extra], [RepoPaths.Seeds, RepoPaths.Dev, RepoPaths.Extra]);

        Assert.Equal(78 + 89 + extraGold, corpus.Count);
        Assert.All(corpus, p => Assert.Equal(p.Paper.Id, p.Gold.Id));
    }
}
