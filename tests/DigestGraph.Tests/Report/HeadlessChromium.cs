using System.Diagnostics;

namespace DigestGraph.Tests.Report;

/// <summary>
/// Runs Debian's headless Chromium on a local page: the DOM after its scripts ran, its console messages, a screenshot.
/// The machine needs <c>apt-get install -y chromium</c> (CHROMIUM overrides the path).
/// </summary>
internal static class HeadlessChromium
{
    public static string Executable => Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>The serialised DOM once the page has loaded and its timers and frames have run, and what Chromium logged.</summary>
    public static (string Dom, string Log) DumpDom(string htmlPath, string fragment = "") =>
        Run(htmlPath, fragment, "--dump-dom");

    public static string Screenshot(string htmlPath, string pngPath, int width = 1400, int height = 2400)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(pngPath))!);
        var (_, log) = Run(htmlPath, "", $"--screenshot={Path.GetFullPath(pngPath)}", $"--window-size={width},{height}");
        return log;
    }

    private static (string Stdout, string Stderr) Run(string htmlPath, string fragment, params string[] action)
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException($"{Executable} not found: install Debian chromium (apt-get update && apt-get install -y chromium) or set CHROMIUM.");
        var profile = Directory.CreateTempSubdirectory("digestgraph-chromium-");
        try
        {
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync",
                         $"--user-data-dir={profile.FullName}", "--enable-logging=stderr", "--v=0",
                         // Lets the page's timers and animation frames run before the DOM is dumped.
                         "--virtual-time-budget=5000",
                     }.Concat(action))
                start.ArgumentList.Add(arg);
            start.ArgumentList.Add(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri + fragment);

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(45)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish within 45 s on {htmlPath}: the page hung (a dialog such as alert() opened, or a script looped)");
            }
            return (stdout.Result, stderr.Result);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
