// Papers closest to a paper by the entities they share: shared count, Jaccard similarity of the two entity sets
// (shared / union) and the shared names (in name order).
// @param paper = 2411.10440
// @param limit = 10
MATCH (p:Paper {id: $paper})-[:MENTIONS]->(e:Entity)
WITH p, collect(DISTINCT e) AS mine
UNWIND mine AS e
MATCH (e)<-[:MENTIONS]-(other:Paper)
WHERE other <> p
WITH other, size(mine) AS mineCount, e ORDER BY e.name
WITH other, mineCount, collect(DISTINCT e.name) AS shared
MATCH (other)-[:MENTIONS]->(x:Entity)
WITH other, mineCount, shared, count(DISTINCT x) AS otherCount
RETURN other.id AS paper, other.title AS title, size(shared) AS sharedEntities,
       round(1000.0 * size(shared) / (mineCount + otherCount - size(shared))) / 1000.0 AS jaccard, shared
ORDER BY sharedEntities DESC, jaccard DESC, paper
LIMIT $limit
