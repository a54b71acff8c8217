using System.Diagnostics.CodeAnalysis;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DigestGraph.Ingest;

/// <summary>
/// Turns one digest entry (its heading and the blocks up to the next entry) into a paper, or says why not.
/// <paramref name="source"/> is the parsed slice of the file; <paramref name="firstLine"/> its 0-based line in the file.
/// </summary>
internal sealed class DigestEntryReader(string source, string file, int firstLine)
{
    public bool TryRead(
        HeadingBlock heading,
        IReadOnlyList<Block> body,
        [NotNullWhen(true)] out Paper? paper,
        [NotNullWhen(false)] out IngestProblem? problem)
    {
        // From the span, not heading.Line: a setext heading reports the line of its underline.
        var location = new SourceLocation(file, firstLine + SourceText.LineAt(source, heading.Span.Start));
        paper = null;
        problem = null;

        var title = InlineText(heading.Inline);
        var link = FindArxivLink(heading, body, out var id);
        if (title.Length == 0)
        {
            problem = new IngestProblem(location, "entry heading has no title; entry skipped");
            return false;
        }
        if (link is null || id is null)
        {
            problem = new IngestProblem(location,
                $"entry \"{title}\" has no arXiv link (arxiv.org/abs/... or arxiv.org/pdf/...); entry skipped");
            return false;
        }

        var translatedTitle = link.Label;
        if (link.Node.Parent?.ParentBlock == heading)
        {
            // The heading is itself the link: its text is the title, there is no translation.
            title = translatedTitle is { Length: > 0 } ? translatedTitle : title;
            translatedTitle = null;
        }
        if (translatedTitle is { Length: 0 } || translatedTitle == title) translatedTitle = null;

        var abstractText = AbstractText(body, link);
        paper = new Paper(id, title, translatedTitle, link.Url, abstractText, CodeLinkFinder.Find(abstractText), location);
        return true;
    }

    /// <summary>The entry's link: a Markdown link, an autolink in angle brackets or a bare address.</summary>
    private sealed record EntryLink(Inline Node, string Url, string? Label);

    private EntryLink? FindArxivLink(HeadingBlock heading, IReadOnlyList<Block> body, out string? id)
    {
        foreach (var block in body.Prepend(heading))
        {
            foreach (var inline in Inlines(block))
            {
                var link = inline switch
                {
                    LinkInline { IsImage: false, Url: { } url } markdownLink =>
                        new EntryLink(markdownLink, url, markdownLink.IsAutoLink ? null : InlineText(markdownLink)),
                    AutolinkInline { IsEmail: false, Url: { } url } autolink => new EntryLink(autolink, url, null),
                    _ => null,
                };
                if (link is not null && ArxivId.TryParseUrl(link.Url, out id)) return link;
            }
        }
        id = null;
        return null;
    }

    private static IEnumerable<Inline> Inlines(Block block) => block switch
    {
        LeafBlock { Inline: { } inline } => inline.FindDescendants<Inline>(),
        ContainerBlock container => container.Descendants<LeafBlock>()
            .SelectMany(leaf => leaf.Inline?.FindDescendants<Inline>() ?? []),
        _ => [],
    };

    /// <summary>The raw source of an inline run, so that LaTeX and escapes stay exactly as written.</summary>
    private string InlineText(ContainerInline? container)
    {
        if (container?.FirstChild is not { } first || container.LastChild is not { } last) return "";
        var start = first.Span.Start;
        var end = last.Span.End;
        return start < 0 || end < start ? "" : source.AsSpan(start, end - start + 1).Trim().ToString();
    }

    /// <summary>Every block after the heading, verbatim, one blank line between blocks; the entry's own link line left out.</summary>
    private string AbstractText(IReadOnlyList<Block> body, EntryLink link)
    {
        var text = new StringBuilder();
        foreach (var block in body)
        {
            if (block is ThematicBreakBlock or LinkReferenceDefinitionGroup) continue;
            var blockStart = text.Length;
            if (blockStart > 0) text.Append("\n\n");
            var contentStart = text.Length;
            AppendBlockLines(text, block, link);
            while (text.Length > contentStart && text[^1] == '\n') text.Length--;
            if (text.Length == contentStart) text.Length = blockStart;
        }
        return text.ToString();
    }

    private void AppendBlockLines(StringBuilder text, Block block, EntryLink link)
    {
        var isParagraph = block is ParagraphBlock;
        var lineStart = LineStartOf(block.Span.Start);
        var blockEnd = block.Span.End + 1;
        var first = true;
        while (lineStart < blockEnd && lineStart < source.Length)
        {
            var lineEnd = source.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = source.Length;
            var line = source.AsSpan(lineStart, lineEnd - lineStart).TrimEnd();
            if (isParagraph) line = line.TrimStart();
            if (!IsOnlyTheLink(line, lineStart, lineEnd, link.Node))
            {
                if (!first || line.Length > 0)
                {
                    if (!first) text.Append('\n');
                    text.Append(line);
                    first = false;
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    private bool IsOnlyTheLink(ReadOnlySpan<char> line, int lineStart, int lineEnd, Inline link) =>
        link.Span.Start >= lineStart && link.Span.Start < lineEnd &&
        line.Trim().SequenceEqual(source.AsSpan(link.Span.Start, link.Span.Length));

    private int LineStartOf(int offset) => offset <= 0 ? 0 : source.LastIndexOf('\n', offset - 1) + 1;
}
