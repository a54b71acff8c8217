namespace DigestGraph.Ingest;

/// <summary>
/// The arXiv categories to keep, e.g. <c>cs.CL,cs.CV,cs.LG</c>: a paper is kept when one of its categories is one of
/// them, or lies under one written as a prefix (<c>cs.</c> or <c>cs</c> keeps every <c>cs.*</c>). Papers that carry no
/// categories (digest entries) are kept: the filter cannot judge them.
/// </summary>
public sealed class CategoryFilter
{
    private readonly string[] _exact;
    private readonly string[] _prefixes;

    private CategoryFilter(IReadOnlyList<string> items)
    {
        Items = items;
        _exact = items.Where(i => !i.EndsWith('.')).ToArray();
        _prefixes = items.Select(i => i.EndsWith('.') ? i : i + ".").ToArray();
    }

    /// <summary>The categories and prefixes as given.</summary>
    public IReadOnlyList<string> Items { get; }

    /// <summary>Reads a comma-separated list.</summary>
    /// <exception cref="FormatException">When the list names no category, or an item holds a space.</exception>
    public static CategoryFilter Parse(string text)
    {
        var items = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Length == 0) throw new FormatException($"--categories names no category: \"{text}\" (e.g. cs.CL,cs.CV,cs.LG or cs.)");
        if (items.FirstOrDefault(i => i.Any(char.IsWhiteSpace)) is { } spaced)
            throw new FormatException($"--categories: \"{spaced}\" is not a category; separate categories with commas (cs.CL,cs.LG)");
        return new CategoryFilter(items.Distinct(StringComparer.OrdinalIgnoreCase).ToArray());
    }

    /// <summary>Whether a paper with these categories is kept (always, when it has none).</summary>
    public bool Keeps(IReadOnlyList<string> categories)
    {
        if (categories.Count == 0) return true;
        foreach (var category in categories)
        {
            if (_exact.Contains(category, StringComparer.OrdinalIgnoreCase)) return true;
            foreach (var prefix in _prefixes)
                if (category.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    public override string ToString() => string.Join(",", Items);
}
