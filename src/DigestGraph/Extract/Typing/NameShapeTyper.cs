using System.Text.RegularExpressions;

namespace DigestGraph.Extract.Typing;

/// <summary>
/// Types read off a name's shape: <c>-Bench</c> is a benchmark, <c>-100k</c> / <c>-DB</c> a dataset, <c>-7B</c> a model.
/// Strong shapes override context words; weak ones only break ties.
/// </summary>
public static partial class NameShapeTyper
{
    [GeneratedRegex(@"(?:Bench|Arena|Eval|Leaderboard)$|-(?:Bench|bench)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BenchmarkShape();

    [GeneratedRegex(@"-\d+(?:\.\d+)?[kKM]$|-(?:DB|Data|Corpus|Instruct-\d+[kK])$|(?:Instruct|Corpus|Pile|Web)$", RegexOptions.CultureInvariant)]
    private static partial Regex DatasetShape();

    [GeneratedRegex(@"[-\s]\d+(?:\.\d+)?[BbMm](?:$|[-\s])|(?:GPT|LLM|LM|VLM|MLLM|-o1|-o3|Former|former|VAE|CLIP)(?:$|-)|-(?:Chat|Instruct|Base|Preview|VL|Vision)", RegexOptions.CultureInvariant)]
    private static partial Regex ModelShape();

    [GeneratedRegex(@"(?:Attention|Search|Optimization|Learning|Tuning|Training|Sampling|Decoding|Parallelism|Prompting|Distillation|Quantization|Pruning|Regularization|Estimation|Scaling|Embedding|Encoding|Synthesis|Alignment|Fusion|Guidance|Mechanism)$", RegexOptions.CultureInvariant)]
    private static partial Regex MethodShape();

    [GeneratedRegex(@"[-\s]\d+(?:\.\d+)?B$", RegexOptions.CultureInvariant)]
    private static partial Regex SizedModelShape();

    // What a name needs for a shape to match at all (a last letter of an end-anchored alternative, a hyphen, a digit,
    // a fragment): most names have none, and these tests are far cheaper than running the regex.
    private const string BenchmarkEnds = "hald";
    private const string UnhyphenatedDatasetEnds = "tseb";
    private const string MethodEnds = "nhgmste";
    private static readonly string[] UnhyphenatedModelFragments = ["GPT", "LM", "Former", "former", "VAE", "CLIP"];

    public static EntityType? Strong(string name) =>
        (MayEndWith(name, BenchmarkEnds) || name.Contains("ench", StringComparison.Ordinal)) && BenchmarkShape().IsMatch(name) ? EntityType.Benchmark
        : MayEndWith(name, "B") && SizedModelShape().IsMatch(name) ? EntityType.Model
        : (name.Contains('-') || MayEndWith(name, UnhyphenatedDatasetEnds)) && DatasetShape().IsMatch(name) && !ModelShape().IsMatch(name) ? EntityType.Dataset
        : null;

    public static EntityType? Weak(string name) =>
        MayBeModelShaped(name) && ModelShape().IsMatch(name) ? EntityType.Model
        : MayEndWith(name, MethodEnds) && MethodShape().IsMatch(name) ? EntityType.Method
        : null;

    private static bool MayBeModelShaped(string name)
    {
        foreach (var c in name)
            if (c == '-' || char.IsDigit(c)) return true;
        foreach (var fragment in UnhyphenatedModelFragments)
            if (name.Contains(fragment, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Whether the name ends with one of <paramref name="lastChars"/> or a line break, as a <c>$</c> shape needs.</summary>
    private static bool MayEndWith(string name, string lastChars) =>
        name.Length > 0 && (lastChars.Contains(name[^1]) || name[^1] == '\n');
}
