using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace DigestGraph.Ingest;

/// <summary>
/// Reads JSON Lines in the arXiv metadata shape, one paper per line: <c>id</c>, <c>title</c>, <c>abstract</c>,
/// optional <c>categories</c> (space-separated string or array) and <c>update_date</c>; other fields are passed over.
/// A bad line, or one without an abstract (an annotation record), is skipped and reported.
/// </summary>
internal sealed partial class JsonLinesReader
{
    // arXiv metadata wraps titles over several lines.
    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>Reads a whole file's text.</summary>
    public IngestResult Parse(string text, string file)
    {
        var source = SourceText.Normalize(text);
        if (SourceText.FindFileProblem(source, file) is { } fileProblem)
            return new IngestResult([], [fileProblem]);
        var bytes = Encoding.UTF8.GetBytes(source);
        var chunk = ParseLines(bytes, file, 1, 0, categories: null);
        var collector = new PaperCollector();
        collector.AddRange(new IngestResult(chunk.Papers, chunk.Problems));
        return collector.ToResult();
    }

    /// <summary>
    /// Reads whole lines of UTF-8 (<paramref name="firstLine"/> 1-based, <paramref name="offset"/> their byte offset in
    /// the file), leaving out papers outside <paramref name="categories"/> before their text is even decoded.
    /// </summary>
    internal ReadChunk ParseLines(ReadOnlySpan<byte> lines, string file, int firstLine, long offset, CategoryFilter? categories)
    {
        var papers = new List<Paper>();
        var problems = new List<IngestProblem>();
        var outside = 0;
        var lineNumber = firstLine;
        var lineStart = 0;
        while (lineStart < lines.Length)
        {
            var length = lines[lineStart..].IndexOf((byte)'\n');
            var lineEnd = length < 0 ? lines.Length : lineStart + length;
            var line = lines[lineStart..lineEnd];
            if (line.Length > 0 && line[^1] == '\r') line = line[..^1];
            if (!line.IsEmpty && line.IndexOfAnyExcept(" \t"u8) >= 0)
            {
                var location = new SourceLocation(file, lineNumber);
                var outcome = ReadLine(line, location, offset + lineStart, categories, out var paper, out var message);
                if (outcome == LineOutcome.Paper) papers.Add(paper!);
                else if (outcome == LineOutcome.OutsideCategories) outside++;
                else problems.Add(new IngestProblem(location, message + "; line skipped"));
            }
            lineNumber++;
            lineStart = lineEnd + 1;
        }
        return new ReadChunk(papers, problems, outside, lineNumber - firstLine, 0);
    }

    private enum LineOutcome { Paper, OutsideCategories, Problem }

    private static LineOutcome ReadLine(ReadOnlySpan<byte> line, SourceLocation location, long offset, CategoryFilter? categories,
        out Paper? paper, out string message)
    {
        paper = null;
        message = "";
        if (Utf8.IsValid(line) is false)
        {
            Utf8.ToUtf16(line, new char[line.Length], out var valid, out _, replaceInvalidSequences: false);
            message = $"not UTF-8 text: invalid byte 0x{line[valid]:X2} at offset {offset + valid}";
            return LineOutcome.Problem;
        }
        JsonPaperFields fields;
        try
        {
            fields = JsonPaperFields.Read(line);
        }
        catch (JsonException e)
        {
            message = $"malformed JSON: {e.Message}";
            return LineOutcome.Problem;
        }
        if (fields.NotAnObject is { } kind)
        {
            message = $"expected a JSON object, found {kind}";
            return LineOutcome.Problem;
        }

        if (!fields.TryCategories(line, out var categoryList, out message)) return LineOutcome.Problem;
        if (categories is not null && !categories.Keeps(categoryList)) return LineOutcome.OutsideCategories;

        if (!fields.Id.TryText(line, "id", "a string such as \"2411.10440\"", out var rawId, out message)) return LineOutcome.Problem;
        if (string.IsNullOrWhiteSpace(rawId))
        {
            message = "missing \"id\" (a string such as \"2411.10440\")";
            return LineOutcome.Problem;
        }
        if (!ArxivId.TryParse(rawId, out var id))
        {
            message = $"\"id\" \"{SourceText.WithoutControls(rawId)}\" is not an arXiv id";
            return LineOutcome.Problem;
        }
        if (!fields.Title.TryText(line, "title", "a string", out var rawTitle, out message)) return LineOutcome.Problem;
        var title = rawTitle is null ? "" : Whitespace().Replace(SourceText.WithoutControls(rawTitle), " ").Trim();
        if (title.Length == 0)
        {
            message = $"paper {id} is missing \"title\"";
            return LineOutcome.Problem;
        }
        if (!fields.Abstract.TryText(line, "abstract", "a string", out var rawAbstract, out message)) return LineOutcome.Problem;
        var abstractText = rawAbstract is null ? "" : SourceText.WithoutControls(rawAbstract).Trim();
        if (abstractText.Length == 0)
        {
            message = $"paper {id} has no \"abstract\" (an annotation record, or metadata without text)";
            return LineOutcome.Problem;
        }
        if (!fields.UpdateDate.TryText(line, "update_date", "a string such as \"2024-01-31\"", out var updateDate, out message)) return LineOutcome.Problem;

        paper = new Paper(id, title, null, ArxivId.AbsUrl(id), abstractText, CodeLinkFinder.Find(abstractText), location)
        {
            Categories = categoryList,
            UpdateDate = updateDate is null ? null : SourceText.WithoutControls(updateDate),
        };
        return LineOutcome.Paper;
    }
}
