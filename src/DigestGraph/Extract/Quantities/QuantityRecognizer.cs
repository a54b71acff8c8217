using System.Buffers;

namespace DigestGraph.Extract.Quantities;

/// <summary>
/// Finds the numbers of ML abstracts, Chinese and English, and normalises each to a value and a unit
/// (see <see cref="Quantity"/>). Digits inside names, versions, years, dates, arXiv ids and URLs are skipped.
/// Two left-to-right scans (Arabic numbers, then Chinese numerals) with no shared mutable state: thread-safe and reusable.
/// </summary>
public sealed class QuantityRecognizer
{
    // Where an Arabic number or a name can begin; the scan jumps over the rest (most Chinese text) in vectorised steps.
    private static readonly SearchValues<char> ArabicOpeners = SearchValues.Create(
        "0123456789-+ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    // Chinese numerals count only next to these: 百分之五, 三倍, 两个百分点, 七十亿, 两万.
    private static readonly SearchValues<char> ChineseTriggers = SearchValues.Create("百倍万亿");

    private readonly QuantityLexicon _lexicon;

    public QuantityRecognizer() : this(QuantityLexicon.Default) { }

    public QuantityRecognizer(QuantityLexicon lexicon) => _lexicon = lexicon;

    public IReadOnlyList<Quantity> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<QuantityCandidate>();
        ScanArabic(text, found);
        var arabicCount = found.Count;
        ScanChinese(text, found);
        if (found.Count == 0) return [];
        if (arabicCount > 0 && found.Count > arabicCount) MergeInTextOrder(found);
        UnitSharing.Apply(text, found, _lexicon);
        var result = new Quantity[found.Count];
        for (var k = 0; k < found.Count; k++) result[k] = found[k].ToQuantity(text);
        return result;
    }

    private void ScanArabic(string text, List<QuantityCandidate> found)
    {
        var i = 0;
        while (i < text.Length)
        {
            var skip = text.AsSpan(i).IndexOfAny(ArabicOpeners);
            if (skip < 0) return;
            i += skip;
            var c = text[i];
            if (char.IsAsciiDigit(c)) i = ReadArabic(text, i, i, found);
            else if (IsSign(text, i)) i = ReadArabic(text, i + 1, i, found);
            else if (char.IsAsciiLetter(c)) i = UrlSpan.EndOfUrl(text, i) is var urlEnd and >= 0 ? urlEnd : NameContext.SkipIdentifier(text, i);
            else i++;
        }
    }

    private void ScanChinese(string text, List<QuantityCandidate> found)
    {
        var i = 0;
        while (i < text.Length)
        {
            var skip = text.AsSpan(i).IndexOfAny(ChineseTriggers);
            if (skip < 0) return;
            i += skip;
            if (PrefixedUnits.StartsPercentWord(text, i)) i = ReadPercentWord(text, i, found);
            else if (ChineseNumeral.StartBefore(text, i) is var start and >= 0) i = Math.Max(i + 1, ReadChinese(text, start, found));
            else i++;
        }
    }

    /// <summary>Puts the Chinese-numeral finds among the Arabic ones; of two that overlap (百分之 12 and 12) the earlier start wins.</summary>
    private static void MergeInTextOrder(List<QuantityCandidate> found)
    {
        found.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var kept = 0;
        for (var k = 0; k < found.Count; k++)
            if (kept == 0 || found[k].Start >= found[kept - 1].End)
                found[kept++] = found[k];
        found.RemoveRange(kept, found.Count - kept);
    }

    /// <summary>Reads the number whose digits start at <paramref name="digits"/> (a sign, if any, at <paramref name="start"/>); returns where scanning resumes.</summary>
    private int ReadArabic(string text, int digits, int start, List<QuantityCandidate> found)
    {
        var literal = NumberLiteral.Read(text, digits);
        var sign = start < digits && text[start] == '-' ? -1 : 1;

        // 1.2.3 versions, arXiv ids, domains like 01.AI and LaTeX superscripts like Transformer^2 are identifiers.
        if (literal.End + 1 < text.Length && text[literal.End] == '.' && char.IsAsciiLetterOrDigit(text[literal.End + 1]))
            return SkipDottedRun(text, literal.End);
        if (literal.IsArxivShaped) return NameContext.SkipIdentifier(text, literal.End);
        if (IsSuperscript(text, digits)) return NameContext.SkipIdentifier(text, literal.End);
        var number = ScientificNotation.Extend(text, literal);
        var end = number.End;
        if (CalendarContext.EndOfNumericDate(text, number) is var dateEnd and >= 0) return dateEnd;

        if (NameContext.IsInsideName(text, digits))
        {
            // Only a size suffix inside a name is a quantity: the 8B of Llama-3.1-8B, the 100k of LLaVA-o1-100k.
            if (_lexicon.TryMatchUnit(text, end, touchingOnly: true, out var size) && size.Word.Unit == QuantityUnits.Count)
            {
                found.Add(new QuantityCandidate(number.Value, size.Word.Factor, QuantityUnits.Count, start, size.End));
                return size.End;
            }
            return NameContext.SkipIdentifier(text, end);
        }

        if (ResolutionReader.TryReadWidthByHeight(text, number, out var height, out var resolutionEnd))
        {
            found.Add(new QuantityCandidate(number.Value, 1, QuantityUnits.Pixels, start, resolutionEnd) { Height = height });
            return resolutionEnd;
        }

        if (_lexicon.TryMatchUnit(text, end, touchingOnly: false, out var unit) && !CalendarContext.IsDecade(number, unit))
        {
            found.Add(WithUnit(text, number, sign, start, unit));
            return found[^1].End;
        }

        // Digits run into letters that are no unit: 4o, 3D, 2nd.
        if (end < text.Length && char.IsAsciiLetter(text[end])) return NameContext.SkipIdentifier(text, end);

        if (PrefixedUnits.TryReadPerSecond(text, number, _lexicon, out var rateStart, out var rateEnd, out var rateUnit))
        {
            found.Add(new QuantityCandidate(number.Value, 1, rateUnit, rateStart, rateEnd));
            return rateEnd;
        }
        if (PrefixedUnits.HasEloBefore(text, start))
        {
            found.Add(new QuantityCandidate(sign * number.Value, 1, QuantityUnits.Elo, start, end));
            return end;
        }
        if (CalendarContext.IsCalendarWord(text, number, _lexicon)
            || NameContext.IsVersionAfterName(text, number)
            || IsEnumerator(text, number, start))
            return end;

        found.Add(new QuantityCandidate(sign * number.Value, 1, QuantityUnits.None, start, end));
        return end;
    }

    private QuantityCandidate WithUnit(string text, NumberLiteral number, int sign, int start, UnitMatch unit)
    {
        var value = sign * number.Value;
        if (ResolutionReader.IsKResolution(text, number, unit, _lexicon))
            return new QuantityCandidate(value, ResolutionReader.PixelsPerK, QuantityUnits.Pixels, start, unit.End);
        // A scale word may carry a further unit: 20 万小时 is hours, 1.5M tokens/s a rate.
        if (unit.Word.Unit == QuantityUnits.Count
            && _lexicon.TryMatchUnit(text, unit.End, touchingOnly: false, out var further)
            && further.Word.Unit is QuantityUnits.Seconds or QuantityUnits.TokensPerSecond or QuantityUnits.FramesPerSecond or QuantityUnits.Multiple)
            return new QuantityCandidate(value, unit.Word.Factor * further.Word.Factor, further.Word.Unit, start, further.End);
        return new QuantityCandidate(value, unit.Word.Factor, unit.Word.Unit, start, unit.End);
    }

    private static int ReadPercentWord(string text, int start, List<QuantityCandidate> found)
    {
        if (!PrefixedUnits.TryReadPercentWord(text, start, out var value, out var end)) return start + 1;
        found.Add(new QuantityCandidate(value, 1, QuantityUnits.Percent, start, end));
        return end;
    }

    /// <summary>Chinese numerals count only with a unit: 三倍, 两个百分点, 七十亿.</summary>
    private int ReadChinese(string text, int start, List<QuantityCandidate> found)
    {
        if (!ChineseNumeral.TryRead(text, start, out var value, out var end, out var hasLargeUnit)) return start + 1;
        // 数十倍, 几百万: vague amounts, not numbers.
        if (start > 0 && text[start - 1] is '数' or '几') return end;
        if (_lexicon.TryMatchUnit(text, end, touchingOnly: false, out var unit)
            && unit.Word.Unit is QuantityUnits.Multiple or QuantityUnits.PercentagePoints)
        {
            found.Add(new QuantityCandidate(value, unit.Word.Factor, unit.Word.Unit, start, unit.End));
            return unit.End;
        }
        if (hasLargeUnit) found.Add(new QuantityCandidate(value, 1, QuantityUnits.Count, start, end));
        return end;
    }

    /// <summary>A sign belongs to the number when it opens a token: <c>{-1, 0, +1}</c>, not the dash of <c>20-32</c> or <c>6%-11%</c>.</summary>
    private static bool IsSign(string text, int i)
    {
        if (text[i] is not ('-' or '+') || i + 1 >= text.Length || !char.IsAsciiDigit(text[i + 1])) return false;
        if (i == 0) return true;
        var before = text[i - 1];
        return char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '=' or ':' or '（' or '：' or '，' or ',' || TextChars.IsCjkIdeograph(before);
    }

    /// <summary>List markers and citations: <c>(1)</c>, <c>[12]</c>, a line opening with <c>1.</c> or <c>2)</c>.</summary>
    private static bool IsEnumerator(string text, NumberLiteral number, int start)
    {
        if (!number.IsInteger || number.HasSeparators) return false;
        var before = start > 0 ? text[start - 1] : '\n';
        var after = number.End < text.Length ? text[number.End] : '\0';
        if (before is '(' or '[' or '（' or '【' && after is ')' or ']' or '）' or '】') return true;
        if (after is ')' or '）' && number.Value < 100 && !HasOpenBracketBefore(text, start)) return true;
        var lineStart = start;
        while (lineStart > 0 && TextChars.IsInlineSpace(text[lineStart - 1])) lineStart--;
        var opensLine = lineStart == 0 || text[lineStart - 1] == '\n';
        return opensLine && after == '.' && (number.End + 1 == text.Length || char.IsWhiteSpace(text[number.End + 1]));
    }

    /// <summary>An unclosed bracket shortly before: the <c>)</c> after the number closes it, so the number is no list marker.</summary>
    private static bool HasOpenBracketBefore(string text, int start)
    {
        const int reach = 40;
        for (var k = start - 1; k >= 0 && k >= start - reach && text[k] != '\n'; k--)
        {
            if (text[k] is '(' or '（') return true;
            if (text[k] is ')' or '）') return false;
        }
        return false;
    }

    private static int SkipDottedRun(string text, int index)
    {
        while (index < text.Length && (char.IsAsciiLetterOrDigit(text[index]) || text[index] == '.')) index++;
        return index;
    }

    private static bool IsSuperscript(string text, int digits) =>
        digits > 0 && (text[digits - 1] == '^' || (digits > 1 && text[digits - 1] == '{' && text[digits - 2] == '^'));
}
