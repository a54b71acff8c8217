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
}
