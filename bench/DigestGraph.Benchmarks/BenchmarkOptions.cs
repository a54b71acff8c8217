using System.Globalization;

namespace DigestGraph.Benchmarks;

/// <summary><c>--name value</c> and <c>--flag</c> options of a benchmark command; anything not declared is an error.</summary>
internal sealed class BenchmarkOptions
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    private BenchmarkOptions() { }

    /// <summary>Reads <paramref name="args"/>, allowing the options named in <paramref name="valued"/> (take a value) and <paramref name="flags"/>.</summary>
    public static BenchmarkOptions Parse(string[] args, IReadOnlyCollection<string> valued, IReadOnlyCollection<string> flags)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (flags.Contains(name)) options._values[name] = null;
            else if (valued.Contains(name))
            {
                if (i + 1 >= args.Length) throw new ArgumentException($"option {name} needs a value");
                options._values[name] = args[++i];
            }
            else throw new ArgumentException($"unknown option '{name}' (known: {string.Join(", ", valued.Concat(flags))})");
        }
        return options;
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Text(string name) => _values.GetValueOrDefault(name);

    public int Int(string name, int fallback, int minimum)
    {
        if (!_values.TryGetValue(name, out var text) || text is null) return fallback;
        if (!int.TryParse(text.Replace("_", ""), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) || value < minimum)
            throw new ArgumentException($"option {name} needs a whole number of at least {minimum}, not '{text}'");
        return value;
    }
}
