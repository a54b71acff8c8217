// The leaderboard of a benchmark: every model evaluated on $benchmark with its metric, score and paper,
// best score first per metric (scores that are not numbers, e.g. "n/a", come last).
// @param benchmark = ImageNet-1k
MATCH (b:Entity)
WHERE (b:Benchmark OR b:Dataset)
  AND (toLower(b.name) = toLower($benchmark)
       OR any(a IN coalesce(b.aliases, []) WHERE toLower(a) = toLower($benchmark)))
MATCH (m:Entity)-[r:EVALUATED_ON]->(b)
MATCH (p:Paper {id: r.paper})
WITH m, r, p, toFloat(replace(r.value, '%', '')) AS score
RETURN m.name AS model, r.metric AS metric, r.value AS value, p.id AS paper, p.title AS title
ORDER BY metric, score IS NULL, score DESC, model, paper
