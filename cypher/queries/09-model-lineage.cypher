// A model's lineage: what it is BASED_ON or a VARIANT_OF, up to five generations back, with the papers that say so.
// @param model = Mistral-NeMo-Minitron-8B
MATCH (m:Entity)
WHERE toLower(m.name) = toLower($model)
MATCH path = (m)-[:BASED_ON|VARIANT_OF*1..5]->(ancestor:Entity)
RETURN ancestor.name AS ancestor, length(path) AS generations,
       [r IN relationships(path) | type(r)] AS via, [r IN relationships(path) | r.paper] AS papers
ORDER BY generations, ancestor, via, papers
