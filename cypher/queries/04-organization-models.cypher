// An organization's models: every model DEVELOPED_BY $organization, with the papers that say so.
// @param organization = OpenAI
MATCH (o:Organization)
WHERE toLower(o.name) = toLower($organization)
   OR any(a IN coalesce(o.aliases, []) WHERE toLower(a) = toLower($organization))
MATCH (m:Entity)-[r:DEVELOPED_BY]->(o)
WITH m, r
ORDER BY r.paper
RETURN m.name AS model, collect(DISTINCT r.paper) AS papers
ORDER BY model
