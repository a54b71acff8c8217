using DigestGraph.Extract;
using DigestGraph.Graph;
using DigestGraph.Ingest;

namespace DigestGraph.Benchmarks;

/// <summary>
/// A reproducible knowledge graph shaped like a large digest corpus: each paper introduces one model, mentions six
/// entities drawn from a shared pool (popular ones far more often), states four relations and has two topics.
/// </summary>
internal static class SyntheticPaperGraph
{
    private static readonly EntityType[] PoolTypes = [EntityType.Model, EntityType.Method, EntityType.Dataset, EntityType.Benchmark, EntityType.Organization, EntityType.Metric, EntityType.Hardware];

    public static KnowledgeGraph Create(int paperCount, int seed = 1)
    {
        var random = new Random(seed);
        var poolSize = Math.Max(100, paperCount / 5);
        var pool = Enumerable.Range(0, poolSize).Select(i =>
        {
            var type = PoolTypes[i % PoolTypes.Length];
            return new EntityNode($"pool{type}{i}".ToLowerInvariant(), $"Pool {type} {i}", type == EntityType.Benchmark ? [type, EntityType.Dataset] : [type], i % 3 == 0 ? [$"P{i}"] : []);
        }).ToArray();
        EntityNode Pick(EntityType type)
        {
            // Squaring a uniform draw favours low indices: a few entities are mentioned by many papers, most by few.
            var u = random.NextDouble();
            var index = (int)(u * u * (poolSize / PoolTypes.Length)) * PoolTypes.Length + Array.IndexOf(PoolTypes, type);
            return pool[Math.Min(index, poolSize - 1)];
        }

        var topics = Enumerable.Range(0, 30).Select(i => $"Topic {i}").ToArray();
        var papers = new List<PaperNode>(paperCount);
        var introduced = new List<EntityNode>(paperCount);
        var mentions = new List<Mention>(paperCount * 7);
        var relations = new List<RelationEdge>(paperCount * 4);
        for (var n = 0; n < paperCount; n++)
        {
            var id = $"{24 + n / 1_200_000}{1 + n / 100_000 % 12:00}.{n % 100_000:00000}";
            var model = new EntityNode($"model{n}", $"Model-{n}", [EntityType.Model], []);
            introduced.Add(model);
            var baseModel = Pick(EntityType.Model);
            var benchmark = Pick(EntityType.Benchmark);
            var organization = Pick(EntityType.Organization);
            var others = new[] { Pick(EntityType.Method), Pick(EntityType.Metric), Pick(EntityType.Hardware) };
            var opening = $"We propose {model.Name}, based on {baseModel.Name} by {organization.Name}.";
            const string middle = "It improves results on standard benchmarks with a simple recipe.";
            var closing = $"{model.Name} reaches {50 + n % 50}.{n % 10} on {benchmark.Name}.";
            var abstractText = opening + " " + string.Concat(Enumerable.Repeat(middle + " ", 6)) + closing;
            var paper = new Paper(id, $"{model.Name}: Paper {n}", $"论文 {n}", $"https://arxiv.org/abs/{id}", abstractText, [$"https://github.com/example/{n}"], new SourceLocation("synthetic.md", n * 4 + 1));
            var first = topics[random.Next(topics.Length)];
            var second = topics[random.Next(topics.Length)];
            papers.Add(new PaperNode(paper, first == second ? [first] : [first, second], first));

            mentions.Add(new Mention(id, model.Key, true) { Evidence = opening });
            foreach (var e in others.Prepend(organization).Prepend(benchmark).Prepend(baseModel).DistinctBy(e => e.Key))
                mentions.Add(new Mention(id, e.Key, false) { Evidence = e == benchmark ? closing : e == baseModel || e == organization ? opening : middle });
            relations.Add(new RelationEdge(RelationType.Outperforms, model.Key, baseModel.Key, id, $"{model.Name} beats {baseModel.Name}."));
            relations.Add(new RelationEdge(RelationType.BasedOn, model.Key, baseModel.Key, id, $"{model.Name} builds on {baseModel.Name}."));
            relations.Add(new RelationEdge(RelationType.EvaluatedOn, model.Key, benchmark.Key, id, $"{model.Name} on {benchmark.Name}.")
                { Metric = "accuracy", Value = $"{50 + n % 50}.{n % 10}" });
            relations.Add(new RelationEdge(RelationType.DevelopedBy, model.Key, organization.Key, id, $"{model.Name} by {organization.Name}."));
        }
        var used = mentions.Select(m => m.EntityKey).ToHashSet(StringComparer.Ordinal);
        return new KnowledgeGraph(papers, pool.Where(e => used.Contains(e.Key)).Concat(introduced).ToArray(), mentions, relations);
    }
}
