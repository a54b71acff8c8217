// The most used benchmarks: how many papers mention each benchmark and how many models are evaluated on it.
// @param limit = 20
MATCH (b:Benchmark)<-[:MENTIONS]-(p:Paper)
WITH b, count(DISTINCT p) AS papers
OPTIONAL MATCH (m:Entity)-[:EVALUATED_ON]->(b)
RETURN b.name AS benchmark, papers, count(DISTINCT m) AS models
ORDER BY papers DESC, models DESC, benchmark
LIMIT $limit
