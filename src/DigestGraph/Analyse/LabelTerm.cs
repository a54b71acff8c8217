namespace DigestGraph.Analyse;

/// <summary>A term of a cluster label: its name, how distinctive it is for the cluster, and how many of the cluster's papers carry it.</summary>
public sealed record LabelTerm(string Term, double Score, int Papers);
