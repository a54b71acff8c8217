// The members of a topic cluster, most central first. Clusters are written by the analysis (build --neo4j,
// clusters --neo4j) as (:Cluster {id, label, kind, size})<-[:IN_CLUSTER]-(n), n an Entity or a Paper with n.pagerank;
// ids are P1, P2, ... (paper clusters) and E1, E2, ... (entity clusters), largest first.
// $cluster matches the cluster's id or its label.
// @param cluster = P1
MATCH (c:Cluster)
WHERE toString(c.id) = toString($cluster) OR c.label = toString($cluster)
MATCH (n)-[:IN_CLUSTER]->(c)
RETURN c.id AS cluster, c.label AS label,
       CASE WHEN n:Paper THEN 'Paper' ELSE n.type END AS kind,
       coalesce(n.name, n.title) AS member, coalesce(n.key, n.id) AS key, n.pagerank AS pagerank
ORDER BY coalesce(pagerank, 0.0) DESC, kind, member
