// A model's lineage: what it is BASED_ON or a VARIANT_OF, up to five generations back, with the papers that say so.
// @param model = Mistral-NeMo-Minitron-8B
MATCH (m:Entity)
WHERE toLower(m.name) = toLower($model)
MATCH path = (m)-[:BASED_ON|VARIANT_OF*1..5]->(ancestor:Entity)
RETURN ancestor.name AS ancestor, length(path) AS generations,
       [r IN relationships(path) | type(r)] AS via, [r IN relationships(path) | r.paper] AS papers
// Neo4j 3.1 cannot order by a list: a list is ordered by its items joined, each ended by a character below any other.
ORDER BY generations, ancestor, reduce(s = '', t IN via | s + t + '\u0001'), reduce(s = '', p IN papers | s + p + '\u0001')
