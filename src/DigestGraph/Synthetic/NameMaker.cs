namespace DigestGraph.Synthetic;

/// <summary>Makes plausible names from the vocabulary: <c>Qwen-2.5-72B-Instruct</c>, <c>Zorvex-7B</c>, <c>KaliBench</c>, <c>Mirado-630K</c>.</summary>
internal sealed class NameMaker(SyntheticVocabulary vocabulary, Random random)
{
    public string Model()
    {
        var family = random.Next(3) == 0 ? Invented() : Pick(vocabulary.ModelFamilies);
        var name = family;
        if (random.Next(2) == 0) name += "-" + Pick(vocabulary.ModelVersions);
        if (random.Next(3) != 0) name += "-" + Pick(vocabulary.ModelSizes);
        if (random.Next(3) == 0) name += "-" + Pick(vocabulary.ModelSuffixes);
        return name;
    }

    public string Benchmark() =>
        random.Next(3) == 0 ? Pick(vocabulary.Benchmarks) : Invented() + Pick(vocabulary.BenchmarkSuffixes);

    public string Dataset() => Invented() + Pick(vocabulary.DatasetSuffixes);

    /// <summary>A method or framework name: a coined word, sometimes in capitals like an acronym.</summary>
    public string Method()
    {
        var word = Invented();
        return random.Next(4) == 0 ? word.ToUpperInvariant() : word + Capitalised(Pick(vocabulary.Syllables));
    }

    public string Organization() => Pick(vocabulary.Organizations);

    public bool IsOrganization(string token) => vocabulary.Organizations.Contains(token, StringComparer.Ordinal);

    public string Pick(IReadOnlyList<string> list) => list[random.Next(list.Count)];

    private string Invented()
    {
        var parts = 2 + random.Next(2);
        var word = "";
        for (var k = 0; k < parts; k++) word += Pick(vocabulary.Syllables);
        return Capitalised(word);
    }

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
