namespace DigestGraph.Extract.Lexicon;

/// <summary>
/// Values keyed by <see cref="NameFolding"/> of a name, found from any spelling of it, whole string or span of a text:
/// the common name is folded on the stack and looked up without a substring or a folded copy.
/// </summary>
public sealed class FoldedLookup<TValue>
{
    private readonly Dictionary<string, TValue> _byFold = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public FoldedLookup() => _bySpan = _byFold.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _byFold.Count;

    /// <summary>Adds the value under the folded name unless that key is already taken (the first one wins).</summary>
    public void TryAdd(string name, TValue value) => _byFold.TryAdd(NameFolding.Fold(name), value);

    public bool ContainsKey(ReadOnlySpan<char> name) => TryGetValue(name, out _);

    public bool TryGetValue(ReadOnlySpan<char> name, out TValue value)
    {
        Span<char> folded = name.Length <= NameFolding.StackLimit ? stackalloc char[name.Length] : new char[name.Length];
        return NameFolding.TryFoldSimple(name, folded, out var length)
            ? _bySpan.TryGetValue(folded[..length], out value!)
            : _byFold.TryGetValue(NameFolding.Fold(name.ToString()), out value!);
    }
}
