// What one paper claims: every typed relation carrying its id, with metric, value and evidence.
// @param paper = 2501.06425
MATCH (:Paper {id: $paper})-[:MENTIONS]->(s:Entity)-[r]->(t:Entity)
WHERE r.paper = $paper
RETURN s.name AS source, type(r) AS relation, t.name AS target, r.metric AS metric, r.value AS value, r.evidence AS evidence
ORDER BY relation, source, target
