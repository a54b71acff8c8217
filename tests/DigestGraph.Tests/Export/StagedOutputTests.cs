using System.Text;
using DigestGraph.Export;

namespace DigestGraph.Tests.Export;

public sealed class StagedOutputTests
{
    /// <summary>The disk, but the Nth create or rename throws, as a full disk or a locked file would.</summary>
    private sealed class FailingAt(int failing) : IOutputFileSystem
    {
        public int Calls { get; private set; }

        public Stream Create(string path) => Step(() => LocalFileSystem.Instance.Create(path));

        public void Move(string source, string destination) => Step(() =>
        {
            LocalFileSystem.Instance.Move(source, destination);
            return 0;
        });

        private T Step<T>(Func<T> operation) => ++Calls == failing ? throw new IOException($"operation {Calls} failed") : operation();
    }

    private static readonly string[] Earlier = ["graph.json", "graph.graphml", "report.html"];

    private static IEnumerable<StagedFile> NewSet() =>
        Earlier.Append("clusters.md").Select(name => new StagedFile(name, s => s.Write(Encoding.UTF8.GetBytes("new " + name))));

    private static Dictionary<string, string> Snapshot(string directory) =>
        Directory.EnumerateFileSystemEntries(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(directory, p), p => File.Exists(p) ? File.ReadAllText(p) : "<dir>");

    [Fact]
    public void Failing_each_write_and_rename_in_turn_leaves_the_earlier_output_byte_identical()
    {
        using var parent = new TempDirectory();
        var output = Path.Combine(parent.Path, "out");
        // 4 staged writes, then 3 files moved aside and 4 moved in: 11 operations.
        for (var failing = 1; failing <= 11; failing++)
        {
            Directory.CreateDirectory(output);
            foreach (var name in Earlier) File.WriteAllText(Path.Combine(output, name), "earlier " + name);
            var before = Snapshot(parent.Path);
            var fileSystem = new FailingAt(failing);

            var error = Assert.Throws<IOException>(() =>
            {
                using var staged = StagedOutput.Stage(output, NewSet(), fileSystem);
                staged.Commit();
            });

            Assert.Equal($"operation {failing} failed", error.Message);
            Assert.Equal(before, Snapshot(parent.Path)); // no staging or set-aside directory left either
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void A_set_that_goes_through_replaces_the_files_and_keeps_the_others()
    {
        using var parent = new TempDirectory();
        var output = Path.Combine(parent.Path, "out");
        Directory.CreateDirectory(output);
        foreach (var name in Earlier) File.WriteAllText(Path.Combine(output, name), "earlier " + name);
        File.WriteAllText(Path.Combine(output, "notes.txt"), "the user's");
        var fileSystem = new FailingAt(0);

        using (var staged = StagedOutput.Stage(output, NewSet(), fileSystem))
            staged.Commit();

        Assert.Equal(11, fileSystem.Calls);
        Assert.Equal(["out"], Directory.GetFileSystemEntries(parent.Path).Select(Path.GetFileName));
        Assert.Equal("the user's", File.ReadAllText(Path.Combine(output, "notes.txt")));
        Assert.All(Earlier.Append("clusters.md"), name => Assert.Equal("new " + name, File.ReadAllText(Path.Combine(output, name))));
    }

    [Fact]
    public void A_directory_in_a_files_place_stops_the_switch_before_any_file_moves()
    {
        using var parent = new TempDirectory();
        var output = Path.Combine(parent.Path, "out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "graph.json"), "earlier");
        Directory.CreateDirectory(Path.Combine(output, "report.html"));
        var before = Snapshot(parent.Path);

        using var staged = StagedOutput.Stage(output, NewSet());
        var error = Assert.Throws<IOException>(() => staged.Commit());
        staged.Dispose();

        Assert.Contains("report.html is a directory", error.Message);
        Assert.Equal(before, Snapshot(parent.Path));
    }

    [Fact]
    public void A_set_staged_and_dropped_changes_nothing_and_creates_no_output_directory()
    {
        using var parent = new TempDirectory();
        var output = Path.Combine(parent.Path, "out");

        using (StagedOutput.Stage(output, NewSet())) { }

        Assert.Empty(Directory.GetFileSystemEntries(parent.Path));
    }
}
