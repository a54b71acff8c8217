using System.Text.Json;
using DigestGraph.Extract;

namespace DigestGraph.Synthetic;

/// <summary>
/// Name parts and English sentence templates for the synthetic corpus, from the data file <c>Data/synthetic/vocabulary.json</c>.
/// </summary>
internal sealed record SyntheticVocabulary(
    IReadOnlyList<string> ModelFamilies,
    IReadOnlyList<string> Syllables,
    IReadOnlyList<string> ModelVersions,
    IReadOnlyList<string> ModelSizes,
    IReadOnlyList<string> ModelSuffixes,
    IReadOnlyList<string> Benchmarks,
    IReadOnlyList<string> BenchmarkSuffixes,
    IReadOnlyList<string> DatasetSuffixes,
    IReadOnlyList<string> Organizations,
    IReadOnlyList<string> EnglishOpeners,
    IReadOnlyList<string> EnglishSentences,
    IReadOnlyList<string> Tasks)
{
    private const string DataFile = "synthetic/vocabulary.json";

    private static readonly Lazy<SyntheticVocabulary> LazyDefault = new(LoadEmbedded);

    public static SyntheticVocabulary Default => LazyDefault.Value;

    private static SyntheticVocabulary LoadEmbedded()
    {
        using var stream = EmbeddedData.Open(DataFile);
        var vocabulary = JsonSerializer.Deserialize<SyntheticVocabulary>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException($"{DataFile}: empty file.");
        foreach (var (name, list) in vocabulary.Lists())
            if (list is null || list.Count == 0)
                throw new InvalidDataException($"{DataFile}: '{name}' must be a non-empty list.");
        return vocabulary;
    }

    private IEnumerable<(string Name, IReadOnlyList<string>? List)> Lists() =>
    [
        (nameof(ModelFamilies), ModelFamilies), (nameof(Syllables), Syllables), (nameof(ModelVersions), ModelVersions),
        (nameof(ModelSizes), ModelSizes), (nameof(ModelSuffixes), ModelSuffixes), (nameof(Benchmarks), Benchmarks),
        (nameof(BenchmarkSuffixes), BenchmarkSuffixes), (nameof(DatasetSuffixes), DatasetSuffixes), (nameof(Organizations), Organizations),
        (nameof(EnglishOpeners), EnglishOpeners), (nameof(EnglishSentences), EnglishSentences), (nameof(Tasks), Tasks),
    ];
}
