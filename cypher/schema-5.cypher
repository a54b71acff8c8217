// DigestGraph schema for Neo4j 4.4 and 5.x: named constraints and indexes, created only if missing.
// Run once per database: cypher-shell -u neo4j -p "$NEO4J_PASSWORD" -d neo4j < cypher/schema-5.cypher
// The writer (Neo4jSchema.cs) runs the same statements; a unit test keeps this file and the code equal.
CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (n:Paper) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT topic_name IF NOT EXISTS FOR (n:Topic) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT cluster_id IF NOT EXISTS FOR (n:Cluster) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX paper_title IF NOT EXISTS FOR (n:Paper) ON (n.title);
