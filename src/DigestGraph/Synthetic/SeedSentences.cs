using DigestGraph.Ingest;
using System.Text.RegularExpressions;

namespace DigestGraph.Synthetic;

/// <summary>The seed papers cut into sentences: the material the synthetic entries recombine.</summary>
internal sealed partial class SeedSentences
{
    private const int MinimumSentenceLength = 8;

    // A Chinese sentence ends at 。！？ (or the end of a paragraph); an English one at . ! ? before a capital.
    [GeneratedRegex(@"[^。！？\n]+[。！？]?", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseSentence();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishBoundary();

    public SeedSentences(IReadOnlyList<Paper> papers)
    {
        if (papers.Count == 0) throw new ArgumentException("At least one seed paper is needed.", nameof(papers));
        Papers = papers;
        SentencesByPaper = papers.Select(p => Split(p.Abstract)).ToArray();
        Pool = SentencesByPaper.SelectMany(s => s).ToArray();
        if (Pool.Count == 0) throw new ArgumentException("The seed papers have no abstract sentences.", nameof(papers));
    }

    public IReadOnlyList<Paper> Papers { get; }

    /// <summary>Each seed paper's abstract sentences, in order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> SentencesByPaper { get; }

    /// <summary>All abstract sentences of all seed papers.</summary>
    public IReadOnlyList<string> Pool { get; }

    private static IReadOnlyList<string> Split(string text) =>
        ChineseSentence().Matches(text)
            .SelectMany(m => EnglishBoundary().Split(m.Value))
            .Select(s => s.Trim())
            .Where(s => s.Length >= MinimumSentenceLength)
            .ToArray();
}
