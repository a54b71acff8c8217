using Markdig;
using Markdig.Syntax;

namespace DigestGraph.Ingest;

/// <summary>
/// Reads a digest (Markdown: per paper a level-1 or level-2 heading with the English title, a link line
/// <c>[translated title](https://arxiv.org/abs/ID)</c>, then the abstract) into papers. Plain English abstracts in the
/// same layout read the same way. A bad entry is skipped and reported; its neighbours are kept.
/// </summary>
internal sealed class DigestParser
{
    // Precise source spans let titles and abstracts be cut verbatim from the text (LaTeX, escapes and all);
    // auto-links let a bare arXiv address count as the entry's link.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseAutoLinks()
        .Build();

    public IngestResult Parse(string text, string file)
    {
        var source = SourceText.Normalize(text);
        if (SourceText.FindFileProblem(source, file) is { } fileProblem)
            return new IngestResult([], [fileProblem]);
        return ParseChunk(SourceText.WithoutControls(source), file, 0);
    }

    /// <summary>
    /// Reads a run of whole entries cut from a file at entry headings (<see cref="EntryBoundaries"/>); the text is
    /// normalized (<see cref="SourceText"/>) and starts on the 0-based line <paramref name="firstLine"/> of the file.
    /// </summary>
    internal IngestResult ParseChunk(string source, string file, int firstLine)
    {
        var collector = new PaperCollector();
        var reportedStrayText = false;
        foreach (var slice in EntrySlicer.Split(source))
        {
            var sliceText = source.Substring(slice.Start, slice.Length);
            var reader = new DigestEntryReader(sliceText, file, firstLine + slice.FirstLine);
            HeadingBlock? heading = null;
            var body = new List<Block>();

            void ReadEntry()
            {
                if (heading is null) return;
                if (reader.TryRead(heading, body, out var paper, out var problem)) collector.Add(paper);
                else collector.Add(problem);
            }

            foreach (var block in Markdown.Parse(sliceText, Pipeline))
            {
                if (block is HeadingBlock { Level: <= 2 } entryHeading)
                {
                    ReadEntry();
                    heading = entryHeading;
                    body = [];
                }
                else if (heading is not null)
                {
                    body.Add(block);
                }
                else if (!reportedStrayText && block is not (LinkReferenceDefinitionGroup or ThematicBreakBlock))
                {
                    reportedStrayText = true;
                    collector.Add(new IngestProblem(new SourceLocation(file, firstLine + slice.FirstLine + block.Line + 1),
                        "text before the first entry heading (# or ##) belongs to no entry; skipped"));
                }
            }
            ReadEntry();
        }
        return collector.ToResult();
    }
}
