using System.Text.Json;
using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Quantities;

/// <summary>
/// The words around numbers that the recognizer reads, from the data file <c>Data/quantities/units.json</c>:
/// unit words, nouns after 每秒, resolution cues, month names, words that precede years (in 2023, et al., 2024) and range/list connectors.
/// </summary>
public sealed class QuantityLexicon
{
    private const string DataFile = "quantities/units.json";

    private readonly Dictionary<char, UnitWord[]> _unitsByFirstChar;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _months;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _wordsBeforeYear;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _connectors;

    private static readonly Lazy<QuantityLexicon> LazyDefault = new(LoadEmbedded);

    /// <summary>The lexicon shipped with the library.</summary>
    public static QuantityLexicon Default => LazyDefault.Value;

    public QuantityLexicon(
        IEnumerable<UnitWord> units,
        IEnumerable<UnitWord> perSecondNouns,
        IEnumerable<string> resolutionCues,
        IEnumerable<string> months,
        IEnumerable<string> wordsBeforeYear,
        IEnumerable<string> connectors)
    {
        var unitList = units.ToList();
        foreach (var u in unitList.Concat(perSecondNouns))
            if (!QuantityUnits.All.Contains(u.Unit))
                throw new ArgumentException($"Unit word '{u.Text}' has unit '{u.Unit}', which is not one of QuantityUnits.", nameof(units));
        // Longest first so that 万亿 wins over 万 and seconds over second.
        _unitsByFirstChar = unitList
            .GroupBy(u => char.ToLowerInvariant(u.Text[0]))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(u => u.Text.Length).ToArray());
        PerSecondNouns = perSecondNouns.OrderByDescending(u => u.Text.Length).ToArray();
        ResolutionCues = resolutionCues.ToArray();
        _months = new HashSet<string>(months, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _wordsBeforeYear = new HashSet<string>(wordsBeforeYear, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _connectors = new HashSet<string>(connectors, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Nouns that turn <c>每秒 N</c> into a rate (<c>token</c> → tokens/s, <c>帧</c> → fps).</summary>
    public IReadOnlyList<UnitWord> PerSecondNouns { get; }

    /// <summary>Words that make <c>4K</c> a resolution rather than four thousand.</summary>
    public IReadOnlyList<string> ResolutionCues { get; }

    public bool IsMonth(ReadOnlySpan<char> word) => _months.Contains(word);
    public bool IsWordBeforeYear(ReadOnlySpan<char> word) => _wordsBeforeYear.Contains(word);
    public bool IsConnector(ReadOnlySpan<char> gap) => _connectors.Contains(gap);

    /// <summary>
    /// The unit word written right after a number ending at <paramref name="position"/>: touching it, or after
    /// whitespace or a hyphen when the word allows that. <paramref name="touchingOnly"/> limits it to words that touch.
    /// </summary>
    public bool TryMatchUnit(string text, int position, bool touchingOnly, out UnitMatch match)
    {
        match = default;
        var start = position;
        while (start < text.Length && TextChars.IsInlineSpace(text[start])) start++;
        if (start == position && start + 1 < text.Length && text[start] == '-' && char.IsAsciiLetter(text[start + 1])) start++;
        var apart = start > position;
        if (start >= text.Length || (apart && touchingOnly)) return false;
        if (!_unitsByFirstChar.TryGetValue(InvariantCase.ToLower(text[start]), out var candidates)) return false;
        foreach (var word in candidates)
        {
            if (apart && !word.Spaced) continue;
            var end = word.MatchAt(text, start);
            if (end < 0) continue;
            match = new UnitMatch(word, end);
            return true;
        }
        return false;
    }

    private static QuantityLexicon LoadEmbedded()
    {
        using var stream = EmbeddedData.Open(DataFile);
        var file = JsonSerializer.Deserialize<LexiconFile>(stream, JsonOptions)
            ?? throw new InvalidDataException($"{DataFile}: empty file.");
        return new QuantityLexicon(
            file.Units.Select(u => u.ToUnitWord(DataFile)),
            file.PerSecondNouns.Select(u => u.ToUnitWord(DataFile)),
            file.ResolutionCues, file.Months, file.WordsBeforeYear, file.Connectors);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record LexiconFile(
        UnitEntry[] Units, UnitEntry[] PerSecondNouns, string[] ResolutionCues, string[] Months, string[] WordsBeforeYear, string[] Connectors);

    private sealed record UnitEntry(string? Text, string? Unit, double? Factor, bool Spaced, bool IgnoreCase, string[]? NotFollowedBy)
    {
        public UnitWord ToUnitWord(string file) =>
            string.IsNullOrEmpty(Text) || Unit is null
                ? throw new InvalidDataException($"{file}: a unit entry needs 'text' and 'unit' (entry '{Text}').")
                : new UnitWord(Text, Unit, Factor ?? 1) { Spaced = Spaced, IgnoreCase = IgnoreCase, NotFollowedBy = NotFollowedBy ?? [] };
    }
}
