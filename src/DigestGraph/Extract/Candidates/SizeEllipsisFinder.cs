using System.Text.RegularExpressions;
using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Candidates;

/// <summary>
/// Sizes written without their family name: <c>LLaMA 1B 和 7B</c> names <c>LLaMA 7B</c>, and
/// <c>Yi 模型系列基于 6B 和 34B 的预训练语言模型</c> names <c>Yi 6B</c> and <c>Yi 34B</c> after the model the sentence is about.
/// </summary>
public static partial class SizeEllipsisFinder
{
    [GeneratedRegex(@"(?<![\w.\-])\d+(?:\.\d+)?[BM](?![\w\-])", RegexOptions.CultureInvariant)]
    private static partial Regex BareSize();

    [GeneratedRegex(@"^\s*(?:和|与|及|、|,|，|or|and)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Coordinator();

    private const int ModelNounReach = 12;
    private static readonly string[] ModelNouns = ["模型", "model", "models", "架构", "architecture"];

    public static IReadOnlyList<Mention> Find(string text, IReadOnlyList<Mention> latinNames, string? ownName)
    {
        // Most abstracts write every size inside a name: then no name's family needs reading, and nothing is allocated.
        var from = FirstSizeStart(text);
        if (from < 0) return [];
        List<Size>? bare = null;
        foreach (var m in BareSize().EnumerateMatches(text, from))
            if (!InsideAny(latinNames, m.Index)) (bare ??= []).Add(new Size(m.Index, m.Length));
        if (bare is null) return [];
        var found = new List<Mention>();
        foreach (var name in latinNames)
        {
            var family = FamilyOf(name.Name);
            if (family is null) continue;
            var end = name.End;
            foreach (var size in bare)
            {
                if (size.Index <= end) continue;
                if (!Coordinator().IsMatch(text.AsSpan(end, size.Index - end))) break;
                found.Add(new Mention(size.Index, size.Length, $"{family} {size.Value(text)}"));
                end = size.End;
            }
        }
        if (ownName is null) return found;
        IReadOnlyList<Sentence>? sentences = null;
        foreach (var group in CoordinatedSizes(text, bare))
        {
            // Split only when sizes are listed, which few abstracts do.
            sentences ??= SentenceSplitter.Split(text);
            var sentence = sentences.FirstOrDefault(s => s.Contains(group[0].Index));
            var before = text.AsSpan(sentence.Start, group[0].Index - sentence.Start);
            var last = group[^1];
            var after = text.Substring(last.End, Math.Min(ModelNounReach, text.Length - last.End));
            if (!before.Contains(ownName, StringComparison.Ordinal) || !ModelNouns.Any(n => after.Contains(n, StringComparison.OrdinalIgnoreCase))) continue;
            if (found.Any(f => f.Start == group[0].Index)) continue;
            foreach (var size in group) found.Add(new Mention(size.Index, size.Length, $"{ownName} {size.Value(text)}"));
        }
        return found;
    }

    /// <summary>
    /// Where the regex needs to start: the digits and dots before the first digit followed by B or M, as every size ends
    /// so; -1 when there is none (a character scan, far cheaper than the regex over the whole text).
    /// </summary>
    private static int FirstSizeStart(string text)
    {
        var at = 0;
        while (true)
        {
            var unit = text.AsSpan(at).IndexOfAny('B', 'M');
            if (unit < 0) return -1;
            unit += at;
            if (unit > 0 && char.IsDigit(text[unit - 1]))
            {
                var start = unit - 1;
                while (start > 0 && (char.IsDigit(text[start - 1]) || text[start - 1] == '.')) start--;
                return start;
            }
            at = unit + 1;
        }
    }

    /// <summary>A bare size found in the text.</summary>
    private readonly record struct Size(int Index, int Length)
    {
        public int End => Index + Length;

        public string Value(string text) => text.Substring(Index, Length);
    }

    private static bool InsideAny(IReadOnlyList<Mention> names, int index)
    {
        for (var k = 0; k < names.Count; k++)
            if (index >= names[k].Start && index < names[k].End) return true;
        return false;
    }

    /// <summary>"LLaMA 1B" → "LLaMA": a name ending in a size.</summary>
    private static string? FamilyOf(string name)
    {
        var space = name.LastIndexOf(' ');
        return space > 0 && BareSize().IsMatch(name.AsSpan(space + 1)) ? name[..space] : null;
    }

    /// <summary>Runs of two or more sizes joined by 和 / 、 / and.</summary>
    private static IEnumerable<Size[]> CoordinatedSizes(string text, List<Size> sizes)
    {
        var run = new List<Size>();
        foreach (var s in sizes)
        {
            if (run.Count > 0 && !Coordinator().IsMatch(text.AsSpan(run[^1].End, s.Index - run[^1].End)))
            {
                if (run.Count >= 2) yield return run.ToArray();
                run.Clear();
            }
            run.Add(s);
        }
        if (run.Count >= 2) yield return run.ToArray();
    }
}
