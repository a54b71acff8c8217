// Topics over time: papers per topic per arXiv month, read from the new-style id (YYMM.NNNNN -> 20YY-MM).
// $topic = null lists every topic.
// @param topic = null
MATCH (p:Paper)-[:ABOUT]->(t:Topic)
WHERE p.id =~ '[0-9]{4}[.][0-9]+.*' AND ($topic IS NULL OR t.name = $topic)
WITH '20' + substring(p.id, 0, 2) + '-' + substring(p.id, 2, 2) AS month, t, p
RETURN month, t.name AS topic, count(DISTINCT p) AS papers
ORDER BY month, papers DESC, topic
