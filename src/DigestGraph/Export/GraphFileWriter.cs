using DigestGraph.Graph;

namespace DigestGraph.Export;

/// <summary>
/// Writes a graph in several formats into one directory, all or nothing: every file goes to a temporary name first and
/// is moved into place only after all of them were written, so a failed run never leaves a half-written file.
/// </summary>
public sealed class GraphFileWriter(IReadOnlyList<IGraphExporter> exporters)
{
    public static GraphFileWriter CreateDefault() =>
        new([new GraphJsonExporter(), new GraphMlExporter(), new CypherScriptExporter()]);

    public IReadOnlyList<IGraphExporter> Exporters { get; } = exporters;

    /// <summary>Writes every format; returns the full paths written, in exporter order.</summary>
    public IReadOnlyList<string> WriteAll(KnowledgeGraph graph, string directory)
    {
        Directory.CreateDirectory(directory);
        var staged = new List<(string Temp, string Final)>();
        try
        {
            foreach (var exporter in Exporters)
            {
                var final = Path.GetFullPath(Path.Combine(directory, exporter.FileName));
                var temp = final + ".tmp-" + Guid.NewGuid().ToString("N");
                staged.Add((temp, final));
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
                {
                    exporter.Write(graph, stream);
                    stream.Flush(flushToDisk: true);
                }
            }
            foreach (var (temp, final) in staged)
                File.Move(temp, final, overwrite: true);
            return staged.Select(s => s.Final).ToArray();
        }
        finally
        {
            foreach (var (temp, _) in staged)
            {
                if (File.Exists(temp)) File.Delete(temp);
            }
        }
    }
}
