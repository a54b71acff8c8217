namespace DigestGraph.Tests.Architecture;

public sealed class OneTypePerFileTests
{
    /// <summary>Files that declare no type, each with the reason.</summary>
    private static readonly IReadOnlyDictionary<string, string> Exceptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Path.Combine("Properties", "AssemblyInfo.cs")] = "assembly attributes (InternalsVisibleTo), no type",
    };

    [Fact]
    public void Each_file_of_the_library_declares_one_top_level_type_named_as_the_file()
    {
        var files = StageImports.Read(Path.Combine(RepoPaths.Root, "src", "DigestGraph")).ToArray();
        Assert.True(files.Length > 100, $"only {files.Length} files read");

        var wrong = files
            .Where(f => !Exceptions.ContainsKey(f.File))
            .Select(f => (f.File, Types: TopLevelTypes.In(f.Text)))
            .Where(f => f.Types.Count != 1 || f.Types[0] != Path.GetFileNameWithoutExtension(f.File))
            .Select(f => $"{f.File}: {(f.Types.Count == 0 ? "no type" : string.Join(", ", f.Types))}");

        Assert.Empty(wrong);
        Assert.All(Exceptions.Keys, f => Assert.Contains(files, x => x.File == f));
    }

    [Fact]
    public void Records_delegates_and_block_namespaces_count_and_nested_types_and_constraints_do_not()
    {
        Assert.Equal(["A", "B"], TopLevelTypes.In("namespace N;\npublic readonly record struct A(int X)\n{\n    private sealed class Inner { }\n}\n/// <summary>class C</summary>\ninternal delegate void B(string s);"));
        Assert.Equal(["G"], TopLevelTypes.In("namespace N\n{\n    sealed class G<T> where T : class\n    {\n        enum Nested { X }\n        string s = \"class D\";\n    }\n}"));
        Assert.Equal(["E", "F"], TopLevelTypes.In("namespace N;\nenum E { A, B }\nrecord F(int X);"));
    }
}
