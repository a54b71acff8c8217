using System.CommandLine;
using DigestGraph.Cli.Commands;

namespace DigestGraph.Tests.Report;

/// <summary><c>digestgraph report</c> as a user runs it: the page written, progress and problems on stderr, exit codes.</summary>
public sealed class ReportCommandTests
{
    private static async Task<(int Exit, string Stdout, string Stderr)> Run(params string[] args)
    {
        var root = new RootCommand();
        foreach (var command in CommandCatalog.All()) root.Subcommands.Add(command);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Report_on_the_seeds_writes_one_page_with_every_paper_and_a_timing_summary()
    {
        using var temp = new TempDirectory();

        var (exit, stdout, stderr) = await Run("report", RepoPaths.Seeds, "--out", temp.Path);

        Assert.Equal(0, exit);
        var page = Path.Combine(temp.Path, "report.html");
        Assert.Equal([page], Directory.GetFiles(temp.Path));
        Assert.Contains("report.html", stdout);
        var html = File.ReadAllText(page);
        Assert.Contains("\"id\":\"2411.10440\"", html);
        Assert.Contains("[extract] done: 78", stderr);
        Assert.Matches(@"summary:\n\s+read\s+[\d.]+ MiB \([\d,]+ lines, 78 papers\) in .*\n\s+extract\s+78 in .*\n\s+graph\s+78 in .*\n\s+project papers\s+78 in .*\n\s+project entities\s+\d+ in .*\n\s+analyse\s+\d+ in .*\n\s+label clusters\s+\d+ in .*\n\s+report\s+\d+ in .*\n\s+total\s+[\d.]+ s", stderr.Replace("\r", ""));
        Assert.Contains("\"kind\":\"papers\"", html);
    }

    [Fact]
    public async Task Bad_input_in_strict_mode_names_the_file_and_line_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        var digest = temp.Write("bad.md", "## A paper\n[标题](https://arxiv.org/abs/2401.00001)\n\nAbstract.\n\n## No link here\n\nJust text.\n");
        var output = Path.Combine(temp.Path, "out");

        var (exit, _, stderr) = await Run("report", digest, "--strict", "--out", output);

        Assert.Equal(CorpusCommand.ExitBadInput, exit);
        Assert.Contains("bad.md:", stderr);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Fact]
    public async Task A_path_with_no_papers_is_an_error_and_leaves_the_previous_report_alone()
    {
        using var temp = new TempDirectory();
        var page = temp.Write("report.html", "previous report");

        var (exit, _, stderr) = await Run("report", Path.Combine(temp.Path, "missing"), "--out", temp.Path);

        Assert.Equal(CorpusCommand.ExitBadInput, exit);
        Assert.Contains("no such file or directory", stderr);
        Assert.Equal("previous report", File.ReadAllText(page));
    }
}
