namespace DigestGraph.Neo4j;

/// <summary>
/// A saved query: Cypher text whose header comment may declare defaults as <c>// @param name = value</c>.
/// Parameters given at run time override the defaults.
/// </summary>
public sealed record CypherQueryFile(string Path, string Text, IReadOnlyDictionary<string, object?> Defaults)
{
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
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (!line.StartsWith(ParamTag, StringComparison.Ordinal)) continue;
            try
            {
                var (name, value) = CypherParameterValue.ParseAssignment(line[ParamTag.Length..]);
                defaults[name] = value;
            }
            catch (FormatException e)
            {
                throw new FormatException($"{path}:{i + 1}: {e.Message}", e);
            }
        }
        var statement = text.Trim().TrimEnd(';');
        if (statement.Split('\n').All(l => l.Trim().Length == 0 || l.TrimStart().StartsWith("//", StringComparison.Ordinal)))
            throw new FormatException($"{path}: the file holds no Cypher statement");
        return new CypherQueryFile(path, statement, defaults);
    }

    /// <summary>The statement with the defaults overridden by <paramref name="given"/>.</summary>
    public CypherStatement ToStatement(IReadOnlyDictionary<string, object?> given)
    {
        var parameters = new Dictionary<string, object?>(Defaults, StringComparer.Ordinal);
        foreach (var (name, value) in given) parameters[name] = value;
        return new CypherStatement(Text, parameters);
    }
}
