// What was introduced when: entities papers INTRODUCE, per arXiv month and type. $type = null lists every type
// (Model, Method, Dataset, Benchmark, Organization, Metric, Hardware).
// @param type = null
MATCH (p:Paper)-[:INTRODUCES]->(e:Entity)
WHERE p.id =~ '[0-9]{4}[.][0-9]+.*' AND ($type IS NULL OR e.type = $type)
WITH '20' + substring(p.id, 0, 2) + '-' + substring(p.id, 2, 2) AS month, e
ORDER BY e.name
RETURN month, e.type AS type, count(e) AS introduced, collect(e.name) AS names
ORDER BY month, type
