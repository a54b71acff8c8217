// DigestGraph schema for Neo4j 4.1 to 4.3: named constraints and indexes, created only if missing.
// Run once per database: cypher-shell -u neo4j -p "$NEO4J_PASSWORD" -d neo4j < cypher/schema-4.cypher
// The writer (Neo4jSchema.cs) runs the same statements; a unit test keeps this file and the code equal.
CREATE CONSTRAINT paper_id IF NOT EXISTS ON (n:Paper) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT entity_key IF NOT EXISTS ON (n:Entity) ASSERT n.key IS UNIQUE;
CREATE CONSTRAINT topic_name IF NOT EXISTS ON (n:Topic) ASSERT n.name IS UNIQUE;
CREATE CONSTRAINT cluster_id IF NOT EXISTS ON (n:Cluster) ASSERT n.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX paper_title IF NOT EXISTS FOR (n:Paper) ON (n.title);
