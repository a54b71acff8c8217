using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract;
using DigestGraph.Graph;
using DigestGraph.Ingest;

namespace DigestGraph.Tests.Extract;

/// <summary>Entity resolution across papers in <see cref="GraphBuilder"/> and the families of <see cref="ModelFamily"/>.</summary>
public class EntityResolutionTests
{
    private static PaperExtraction Paper(string id, params ExtractedEntity[] entities) => new(
        new Paper(id, "T", null, "https://arxiv.org/abs/" + id, "", [], new SourceLocation("a.md", 1)), entities, [], [], null);

    private static ExtractedEntity Model(string name, params string[] aliases) => new(name, EntityType.Model) { Aliases = aliases };

    [Fact]
    public void The_same_model_written_two_ways_in_two_papers_is_one_node()
    {
        var graph = new GraphBuilder(EntityLexicon.Default)
            .Add(Paper("1", Model("OpenAI o1"), Model("Llama 3.1 8B")))
            .Add(Paper("2", Model("o1"), Model("Llama-3.1-8B")))
            .Build();
        Assert.Single(graph.Entities, e => NameFolding.Fold(e.Name) is "o1" or "openaio1");
        Assert.Single(graph.Entities, e => NameFolding.Fold(e.Name) == "llama318b");
    }

    [Fact]
    public void The_organizations_a_name_drops_come_from_the_lexicon_the_builder_was_given()
    {
        var acme = new EntityLexicon([new LexiconEntry("Acme Labs", [EntityType.Organization], ["Acme"])]);
        PaperExtraction[] papers = [Paper("1", Model("Acme Rocket")), Paper("2", Model("Rocket"))];

        var withAcme = new GraphBuilder(acme).AddRange(papers).Build();
        var withDefault = new GraphBuilder(EntityLexicon.Default).AddRange(papers).Build();

        Assert.Equal("Rocket", Assert.Single(withAcme.Entities).Name);
        Assert.Equal(2, withDefault.Entities.Count);
    }

    [Fact]
    public void An_organization_in_front_of_a_bare_size_stays_part_of_the_name()
    {
        var graph = new GraphBuilder(EntityLexicon.Default)
            .Add(Paper("1", Model("Mistral 7B"), Model("LLaMA 7B")))
            .Build();
        Assert.Contains(graph.Entities, e => e.Name == "Mistral 7B");
        Assert.Contains(graph.Entities, e => e.Name == "LLaMA 7B");
        Assert.DoesNotContain(graph.Entities, e => e.Name == "7B");
    }

    [Fact]
    public void Two_sizes_stay_two_nodes_even_when_an_alias_is_shared()
    {
        var graph = new GraphBuilder(EntityLexicon.Default)
            .Add(Paper("1", Model("InternVL2-8B", "InternVL2")))
            .Add(Paper("2", Model("InternVL2-76B", "InternVL2")))
            .Build();
        Assert.Contains(graph.Entities, e => e.Name == "InternVL2-8B");
        Assert.Contains(graph.Entities, e => e.Name == "InternVL2-76B");
    }

    [Fact]
    public void A_sized_model_links_to_its_family_and_a_version_to_a_family_in_the_graph()
    {
        var graph = new GraphBuilder(EntityLexicon.Default)
            .Add(Paper("1", Model("InternVL2-8B"), Model("Claude 3.5"), Model("Claude")))
            .Build();
        var variants = graph.Relations.Where(r => r.Type == RelationType.VariantOf).Select(r => (r.SourceKey, r.TargetKey)).ToArray();
        Assert.Contains(("internvl28b", "internvl2"), variants);
        Assert.Contains(("claude35", "claude"), variants);
        Assert.DoesNotContain(variants, v => v.Item2 == "internvl");
    }

    [Theory]
    [InlineData("InternVL2-8B", "InternVL2")]
    [InlineData("Llama 3.1 8B", "Llama 3.1")]
    [InlineData("Qwen2.5-72B-Instruct", "Qwen2.5")]
    [InlineData("Mistral-NeMo-Minitron-8B", "Mistral-NeMo-Minitron")]
    public void Family_is_read_off_a_size(string name, string family)
    {
        Assert.True(ModelFamily.TryGetFamily(name, out var f));
        Assert.Equal(family, f);
    }

    [Theory]
    [InlineData("GPT-4o-mini", "GPT-4o")]
    [InlineData("FLUX.1-dev", "FLUX.1")]
    [InlineData("Claude 3.5", "Claude")]
    [InlineData("Qwen2.5", "Qwen")]
    public void A_release_suffix_or_version_suggests_a_family(string name, string family)
    {
        Assert.False(ModelFamily.TryGetFamily(name, out _));
        Assert.True(ModelFamily.TryGetVersionFamily(name, out var f));
        Assert.Equal(family, f);
    }

    [Theory]
    [InlineData("LLaVA-o1")]
    [InlineData("GPT-4o")]
    [InlineData("SD2")]
    public void Names_whose_last_part_is_not_a_version_suggest_no_family(string name)
    {
        Assert.False(ModelFamily.TryGetFamily(name, out _));
        Assert.False(ModelFamily.TryGetVersionFamily(name, out _));
    }
}
