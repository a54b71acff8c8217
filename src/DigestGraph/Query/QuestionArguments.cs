using System.Globalization;
using DigestGraph.Neo4j;

namespace DigestGraph.Query;

/// <summary>
/// A question's arguments: the defaults of its Cypher file's header, overridden by positional arguments (in the header's
/// parameter order) and by named ones (<c>name=value</c>, typed as <c>query --param</c> types them).
/// </summary>
public sealed class QuestionArguments
{
    private readonly Dictionary<string, object?> _values;

    public QuestionArguments(CypherQueryFile file, IReadOnlyList<string> positional, IReadOnlyDictionary<string, object?> named)
    {
        if (positional.Count > file.Parameters.Count)
            throw new AskArgumentException($"too many arguments: {Path.GetFileName(file.Path)} takes {Describe(file)}");
        _values = new Dictionary<string, object?>(file.Defaults, StringComparer.Ordinal);
        for (var i = 0; i < positional.Count; i++) _values[file.Parameters[i]] = CypherParameterValue.Parse(positional[i]);
        foreach (var (name, value) in named)
        {
            if (!_values.ContainsKey(name))
                throw new AskArgumentException($"unknown parameter '{name}': {Path.GetFileName(file.Path)} takes {Describe(file)}");
            _values[name] = value;
        }
    }

    /// <summary>A value as text (a whole number as its digits), or null.</summary>
    public string? Text(string name) => _values.GetValueOrDefault(name) switch
    {
        null => null,
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        var other => throw new AskArgumentException($"{name} must be a name or a value, not a list ({other})"),
    };

    /// <summary>A value that must be a whole number of at least <paramref name="minimum"/>.</summary>
    public int Count(string name, int minimum = 0) =>
        _values.GetValueOrDefault(name) is long l && l >= minimum && l <= int.MaxValue
            ? (int)l
            : throw new AskArgumentException($"{name} must be a whole number of at least {minimum}");

    private static string Describe(CypherQueryFile file) =>
        file.Parameters.Count == 0 ? "no arguments" : string.Join(' ', file.Parameters.Select(p => $"[{p}]"));
}
