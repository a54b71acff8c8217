namespace DigestGraph.Extract.Lexicon;

/// <summary>
/// A file of lexicon entries named one per line (<c>#</c> starts a comment), such as <c>eval/lexicon-named-from-misses.txt</c>:
/// the entries to leave out when measuring what the lexicon would be without them.
/// </summary>
public static class LexiconNameList
{
    /// <summary>The names of the file; a line that names no entry of <paramref name="lexicon"/> is an error naming the file and line.</summary>
    public static IReadOnlyList<string> Read(string path, EntityLexicon lexicon)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such file", path);
        var names = new List<string>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            var hash = line.IndexOf('#');
            var name = (hash >= 0 ? line[..hash] : line).Trim();
            if (name.Length == 0) continue;
            if (!lexicon.TryFind(name, out _)) throw new FormatException($"{path}:{number}: '{name}' names no entry of the lexicon");
            names.Add(name);
        }
        return names;
    }
}
