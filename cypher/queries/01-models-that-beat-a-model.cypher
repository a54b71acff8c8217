// Which models beat a given model?
// Every model a paper says OUTPERFORMS $model, with that paper and its evidence sentence.
// $model matches the entity's name or any alias, case-insensitively.
// @param model = InternVL2-8B
MATCH (loser:Entity)
WHERE toLower(loser.name) = toLower($model)
   OR any(a IN coalesce(loser.aliases, []) WHERE toLower(a) = toLower($model))
MATCH (winner:Entity)-[r:OUTPERFORMS]->(loser)
MATCH (p:Paper {id: r.paper})
RETURN winner.name AS model, p.id AS paper, p.title AS title, r.evidence AS evidence
ORDER BY model, paper, evidence
