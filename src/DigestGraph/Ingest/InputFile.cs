namespace DigestGraph.Ingest;

/// <summary>
/// A file to read: <paramref name="Named"/> when the user gave it by name (read whatever its extension), not when it
/// was found in a directory (then a <c>.json</c> file that is not JSON Lines is passed over quietly).
/// </summary>
internal sealed record InputFile(string Path, bool Named, long Length);
