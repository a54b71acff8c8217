// Entities most often mentioned in the same papers as $entity.
// @param entity = o1
// @param limit = 15
MATCH (e:Entity)
WHERE toLower(e.name) = toLower($entity)
MATCH (e)<-[:MENTIONS]-(p:Paper)-[:MENTIONS]->(other:Entity)
WHERE other <> e
RETURN other.name AS entity, other.type AS type, count(DISTINCT p) AS papers
ORDER BY papers DESC, entity, type
LIMIT $limit
