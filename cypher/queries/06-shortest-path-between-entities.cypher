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
// The allowed types are a predicate on every relationship rather than a type list in the pattern, which Neo4j 3.1
// cannot run on Java 17; the search applies it as it goes.
MATCH path = allShortestPaths((a)-[*..8]-(b))
WHERE all(r IN relationships(path)
          WHERE type(r) IN ['MENTIONS', 'OUTPERFORMS', 'EVALUATED_ON', 'BASED_ON', 'TRAINED_ON', 'DEVELOPED_BY', 'USES', 'VARIANT_OF'])
WITH [n IN nodes(path) | coalesce(n.name, n.id)] AS steps, [r IN relationships(path) | type(r)] AS via, length(path) AS hops
RETURN steps, via, hops
// Neo4j 3.1 cannot order by a list: a list is ordered by its items joined, each ended by a character below any other.
ORDER BY hops, reduce(s = '', n IN steps | s + n + '\u0001'), reduce(s = '', t IN via | s + t + '\u0001')
LIMIT $k
