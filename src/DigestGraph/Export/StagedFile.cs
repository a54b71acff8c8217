namespace DigestGraph.Export;

/// <summary>One file of a staged set: its name in the output directory and how to write its content.</summary>
internal sealed record StagedFile(string FileName, Action<Stream> Write);
