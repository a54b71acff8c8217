// DigestGraph schema for Neo4j 3.x (and 4.0): uniqueness constraints (they also index the MERGE keys) and lookup indexes.
// Run once per database: cypher-shell -u neo4j -p "$NEO4J_PASSWORD" < cypher/schema-3.cypher
// The writer (Neo4jSchema.cs) runs the same statements; a unit test keeps this file and the code equal.
CREATE CONSTRAINT ON (n:Paper) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Entity) ASSERT n.key IS UNIQUE;
CREATE CONSTRAINT ON (n:Topic) ASSERT n.name IS UNIQUE;
CREATE CONSTRAINT ON (n:Cluster) ASSERT n.id IS UNIQUE;
CREATE INDEX ON :Entity(name);
CREATE INDEX ON :Paper(title);
