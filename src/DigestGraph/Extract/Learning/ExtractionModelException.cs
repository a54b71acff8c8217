namespace DigestGraph.Extract.Learning;

/// <summary>A model file that is missing, unreadable or corrupt; the message names the file (and its part).</summary>
public sealed class ExtractionModelException(string message, Exception? inner = null) : Exception(message, inner);
