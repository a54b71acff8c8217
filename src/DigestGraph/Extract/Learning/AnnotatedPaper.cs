using DigestGraph.Extract.Evaluation;
using DigestGraph.Ingest;

namespace DigestGraph.Extract.Learning;

/// <summary>
/// A paper of the annotated corpus with its gold record; <see cref="Area"/> is the corpus file's subject area
/// (<c>llm</c>, <c>vision</c>, ..., <c>seeds</c>) and <see cref="Language"/> <c>zh</c> or <c>en</c>, for per-slice scores.
/// </summary>
public sealed record AnnotatedPaper(Paper Paper, ExtractionRecord Gold, string Area, string Language);
