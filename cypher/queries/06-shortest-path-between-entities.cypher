// The shortest path between two entities, through relations and the papers that mention both ends
// (at most 8 hops: Cypher cannot take a path-length bound as a parameter).
// @param from = FastBERT
// @param to = VisionMamba
MATCH (a:Entity)
WHERE toLower(a.name) = toLower($from)
MATCH (b:Entity)
WHERE toLower(b.name) = toLower($to)
MATCH path = shortestPath((a)-[*..8]-(b))
RETURN [n IN nodes(path) | coalesce(n.name, n.id)] AS steps,
       [r IN relationships(path) | type(r)] AS via,
       length(path) AS hops
