using DigestGraph.Extract.Evaluation;
using DigestGraph.Ingest;

namespace DigestGraph.Extract.Learning;

/// <summary>
/// A paper of the annotated corpus with its gold record; <see cref="Area"/> is the corpus file's subject area
/// (<c>llm</c>, <c>vision</c>, ..., <c>seeds</c>) and <see cref="Language"/> <c>zh</c> or <c>en</c>, for per-slice scores.
/// An <see cref="Extra"/> paper (<c>eval/extra/</c>) trains and is held out like the others but is scored in its own slice,
/// outside the figures the bars are set on.
/// </summary>
public sealed record AnnotatedPaper(Paper Paper, ExtractionRecord Gold, string Area, string Language, bool Extra = false);
