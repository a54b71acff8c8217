using DigestGraph.Extract.Text;

namespace DigestGraph.Tests.Extract.Text;

public sealed class LatexInAbstractTests
{
    [Theory]
    [InlineData(@"GigaFlow is 3\times faster than BERT.", "GigaFlow is 3× faster than BERT.")]
    [InlineData(@"reaches $\geq$ 5\times speedup", "reaches ≥ 5× speedup")]
    [InlineData(@"$\leq$ 2 ms and $\sim$3 points", "≤ 2 ms and ~3 points")]
    [InlineData(@"improves by 10.3\% on \textbf{\mathrm{GLUE}}", "improves by 10.3% on GLUE")]
    [InlineData(@"a $\mathcal{O}(n^{2})$ cost, \emph{R\&D} at \$5", "a O(n^2) cost, R&D at $5")]
    [InlineData(@"$\alpha$-entmax with $\lambda\to 0$", "α-entmax with λ→ 0")]
    public void Common_latex_becomes_the_text_it_renders(string abstractText, string expected)
    {
        Assert.Equal(expected, InputNormalizer.Normalize(abstractText));
    }

    [Fact]
    public void A_macro_standing_alone_is_the_papers_own_name_but_one_glued_to_a_number_is_no_name()
    {
        Assert.Equal("We propose GigaFlow, and GigaFlow runs 5 faster.",
            MacroPlaceholder.Replace(@"We propose \implname, and \implname runs 5\speedunit faster.", "GigaFlow"));
    }

    [Fact]
    public void Latex_symbols_never_become_entities_or_relations()
    {
        var giga = ExtractorHarness.Extract("GigaFlow: Fast Flows for Everyone", @"GigaFlow is 3\times faster than BERT.");
        var ctrl = ExtractorHarness.Extract("LaTeX Ctrl: Controlling Generation",
            @"We propose LaTeX Ctrl. It reaches $\geq$ 5\times gains over GPT-4 on MMLU and $\sim$3 points more.");

        var names = giga.Entities.Concat(ctrl.Entities).Select(e => e.Name).ToArray();
        Assert.DoesNotContain(names, n => n.Any(char.IsDigit) && (n.Contains("GigaFlow") || n.Contains("Ctrl")));
        Assert.DoesNotContain(ctrl.Relations, r => r.Source.Contains('5') || r.Target.Contains('5') || r.Target.Contains('3'));
        Assert.Single(ctrl.Entities, e => e.Introduced);
    }
}
