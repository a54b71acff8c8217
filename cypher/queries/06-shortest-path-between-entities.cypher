// The k shortest paths between two entities, through typed relations and the papers that mention both ends (never
// through topics or clusters), at most 8 hops (Cypher cannot take a path-length bound as a parameter). Neo4j 3.1 has no
// k shortest paths: this returns the shortest ones (all of the least length, at most $k), in the order of their steps'
// names; `ask shortest-path-between-entities` (QuikGraph's Yen) goes on to longer paths when fewer than $k are shortest.
// @param from = LLaVA-o1
// @param to = GPT-4o
// @param k = 3
MATCH (a:Entity)
WHERE toLower(a.name) = toLower($from)
MATCH (b:Entity)
WHERE toLower(b.name) = toLower($to)
MATCH path = allShortestPaths((a)-[:MENTIONS|OUTPERFORMS|EVALUATED_ON|BASED_ON|TRAINED_ON|DEVELOPED_BY|USES|VARIANT_OF*..8]-(b))
RETURN [n IN nodes(path) | coalesce(n.name, n.id)] AS steps,
       [r IN relationships(path) | type(r)] AS via,
       length(path) AS hops
ORDER BY hops, steps, via
LIMIT $k
