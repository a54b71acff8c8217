using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DigestGraph.Synthetic;

/// <summary>Writes an English abstract from the vocabulary's sentence templates, with names and quantities filled in.</summary>
internal sealed partial class EnglishAbstractWriter(SyntheticVocabulary vocabulary, NameMaker nameMaker, Random random)
{
    private const int MinSentences = 4;
    private const int MaxSentences = 8;

    [GeneratedRegex(@"\{(?<slot>[a-z0-9]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Slot();

    /// <summary>An abstract about <paramref name="model"/> (the entry's own model, as in its title).</summary>
    public string Write(string model)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal) { ["model"] = model };
        var text = new StringBuilder(Fill(Pick(vocabulary.EnglishOpeners), names));
        var sentences = vocabulary.EnglishSentences.ToArray();
        var count = Math.Min(sentences.Length, random.Next(MinSentences, MaxSentences + 1));
        // A partial shuffle: each template at most once per abstract.
        for (var k = 0; k < count; k++)
        {
            var pick = random.Next(k, sentences.Length);
            (sentences[k], sentences[pick]) = (sentences[pick], sentences[k]);
            text.Append(' ').Append(Fill(sentences[k], names));
        }
        return text.ToString();
    }

    /// <summary>Names stay the same through the abstract; quantities are drawn afresh for each sentence.</summary>
    private string Fill(string template, Dictionary<string, string> entryNames) =>
        Slot().Replace(template, m =>
        {
            var slot = m.Groups["slot"].Value;
            if (entryNames.TryGetValue(slot, out var name)) return name;
            var value = Make(slot);
            if (IsName(slot)) entryNames[slot] = value;
            return value;
        });

    private static bool IsName(string slot) => slot is "baseline" or "baseline2" or "bench" or "bench2" or "dataset" or "method" or "org" or "task" or "size";

    private string Pick(IReadOnlyList<string> list) => list[random.Next(list.Count)];

    private string Make(string slot) => slot switch
    {
        "model" or "baseline" or "baseline2" => nameMaker.Model(),
        "bench" or "bench2" => nameMaker.Benchmark(),
        "dataset" => nameMaker.Dataset(),
        "method" => nameMaker.Method(),
        "org" => nameMaker.Organization(),
        "task" => Pick(vocabulary.Tasks),
        "pct" => Decimal(1, 60) + "%",
        "pp" => Decimal(0.5, 15),
        "times" => Decimal(1.2, 12) + "×",
        "size" => Pick(vocabulary.ModelSizes),
        "tokens" => $"{random.Next(1, 16)} trillion",
        "count" => (random.Next(1, 500) * 1000).ToString("N0", CultureInfo.InvariantCulture),
        "latency" => $"{random.Next(20, 900)}ms",
        "fps" => random.Next(10, 61).ToString(CultureInfo.InvariantCulture),
        "rate" => random.Next(20, 400).ToString(CultureInfo.InvariantCulture),
        "resolution" => random.Next(2) == 0 ? "1024×1024" : "2048 x 2048",
        "score" => Decimal(30, 95),
        "elo" => random.Next(900, 1800).ToString(CultureInfo.InvariantCulture),
        _ => throw new InvalidDataException($"vocabulary.json: unknown placeholder {{{slot}}} in an English sentence template."),
    };

    private string Decimal(double min, double max) =>
        (min + random.NextDouble() * (max - min)).ToString("0.0", CultureInfo.InvariantCulture);
}
