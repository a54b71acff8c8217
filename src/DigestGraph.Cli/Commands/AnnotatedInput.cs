using DigestGraph.Extract.Evaluation;
using DigestGraph.Extract.Learning;

namespace DigestGraph.Cli.Commands;

/// <summary>The annotated papers <c>train</c> and <c>eval --cv</c> read: inputs paired with gold files, or a printed error.</summary>
public static class AnnotatedInput
{
    /// <summary>The papers, or null after printing why there are none (a missing gold directory, a bad corpus, no pairs).</summary>
    public static IReadOnlyList<AnnotatedPaper>? Load(IReadOnlyList<string> goldDirectories, IReadOnlyList<string> inputs, TextWriter stderr, bool extra = false)
    {
        if (goldDirectories.FirstOrDefault(d => !Directory.Exists(d)) is { } missing)
        {
            stderr.WriteLine($"error: gold directory {missing} does not exist");
            return null;
        }
        try
        {
            var corpus = AnnotatedCorpus.Load(goldDirectories, GoldFiles.Expand(inputs).ToArray(), extra);
            if (corpus.Count > 0) return corpus;
            stderr.WriteLine("error: no input file has a gold file");
        }
        catch (FormatException e)
        {
            stderr.WriteLine($"error: {e.Message}");
        }
        return null;
    }
}
