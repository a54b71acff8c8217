namespace DigestGraph.Export.Report;

/// <summary>The page template, its script and style, the visualisation library and the metric list, embedded at build time.</summary>
internal static class ReportAssets
{
    public static string Template { get; } = Load("report.html");
    public static string Style { get; } = Inlinable(Load("report.css"), "report.css");
    public static string Script { get; } = Inlinable(Load("report.js"), "report.js");
    public static string Library { get; } = Inlinable(Load("cytoscape.min.js"), "cytoscape.min.js");
    public static string LowerIsBetterMetrics { get; } = Load("lower-is-better-metrics.json");

    private static string Load(string name)
    {
        var resource = "DigestGraph.Export.Report." + name;
        using var stream = typeof(ReportAssets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing: rebuild src/DigestGraph (it runs npm ci in tools/report).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>An asset inlined into a &lt;script&gt; or &lt;style&gt; element must not end it early or switch the parser's state.</summary>
    private static string Inlinable(string text, string name) =>
        new[] { "</script", "</style", "<!--", "<script" }.Any(t => text.Contains(t, StringComparison.OrdinalIgnoreCase))
            ? throw new InvalidOperationException($"{name} contains a closing tag and cannot be inlined into the report.")
            : text;
}
