namespace DigestGraph.Extract;

/// <summary>The seven entity types of the annotation guideline; also the Neo4j labels.</summary>
public enum EntityType { Model, Method, Dataset, Benchmark, Organization, Metric, Hardware }
