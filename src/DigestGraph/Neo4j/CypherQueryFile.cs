namespace DigestGraph.Neo4j;

/// <summary>
/// A saved query: Cypher text whose header comment may declare defaults as <c>// @param name = value</c>.
/// Parameters given at run time override the defaults.
/// </summary>
public sealed record CypherQueryFile(string Path, string Text, IReadOnlyDictionary<string, object?> Defaults)
{
    /// <summary>The parameters in the order the header declares them (the order of positional arguments).</summary>
    public IReadOnlyList<string> Parameters { get; init; } = [];

    /// <summary>The header's prose: the comment lines before the statement, without the <c>@param</c> lines.</summary>
    public string Description { get; init; } = "";

    private const string ParamTag = "// @param ";

    public static CypherQueryFile Load(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FormatException($"{path}: cannot read the query file ({e.Message})", e);
        }
        return Parse(path, text);
    }

    public static CypherQueryFile Parse(string path, string text)
    {
        var defaults = new Dictionary<string, object?>(StringComparer.Ordinal);
        var order = new List<string>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (!line.StartsWith(ParamTag, StringComparison.Ordinal)) continue;
            try
            {
                var (name, value) = CypherParameterValue.ParseAssignment(line[ParamTag.Length..]);
                if (defaults.TryAdd(name, value)) order.Add(name);
                else defaults[name] = value;
            }
            catch (FormatException e)
            {
                throw new FormatException($"{path}:{i + 1}: {e.Message}", e);
            }
        }
        var statement = text.Trim().TrimEnd(';');
        if (statement.Split('\n').All(l => l.Trim().Length == 0 || l.TrimStart().StartsWith("//", StringComparison.Ordinal)))
            throw new FormatException($"{path}: the file holds no Cypher statement");
        var description = string.Join(' ', lines.Select(l => l.Trim())
            .TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal))
            .Where(l => !l.StartsWith(ParamTag, StringComparison.Ordinal))
            .Select(l => l[2..].Trim()));
        return new CypherQueryFile(path, statement, defaults) { Parameters = order, Description = description };
    }

    /// <summary>The statement with the defaults overridden by <paramref name="given"/>.</summary>
    public CypherStatement ToStatement(IReadOnlyDictionary<string, object?> given)
    {
        var parameters = new Dictionary<string, object?>(Defaults, StringComparer.Ordinal);
        foreach (var (name, value) in given) parameters[name] = value;
        return new CypherStatement(Text, parameters);
    }
}
