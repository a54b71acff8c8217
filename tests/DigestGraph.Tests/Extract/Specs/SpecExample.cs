namespace DigestGraph.Tests.Extract.Specs;

/// <summary>One example of a spec file: a paper (title, translated title, abstract), the extractor to run and the expectations, one per line.</summary>
internal sealed record SpecExample(
    string File, int Line, string Name, string Title, string? TranslatedTitle, string Abstract, string Extractor, IReadOnlyList<(int Line, string Text)> Expectations)
{
    public override string ToString() => $"{File}:{Line} {Name}";
}
