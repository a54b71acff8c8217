namespace DigestGraph.Ingest;

/// <summary>
/// Keeps papers in input order, one per arXiv id: a repeat with the same text is dropped quietly,
/// a repeat with different text becomes a problem naming both places.
/// </summary>
internal sealed class PaperCollector
{
    private readonly List<Paper> _papers = [];
    private readonly List<IngestProblem> _problems = [];
    private readonly Dictionary<string, Paper> _byId = new(StringComparer.Ordinal);

    public IReadOnlyList<Paper> Papers => _papers;

    public IReadOnlyList<IngestProblem> Problems => _problems;

    public void Add(Paper paper)
    {
        if (!_byId.TryGetValue(paper.Id, out var first))
        {
            _byId.Add(paper.Id, paper);
            _papers.Add(paper);
            return;
        }
        if (first.Title == paper.Title && first.Abstract == paper.Abstract) return;
        _problems.Add(new IngestProblem(paper.Source,
            $"duplicate arXiv id {paper.Id} with different text (first seen at {first.Source}); entry skipped"));
    }

    public void Add(IngestProblem problem) => _problems.Add(problem);

    public void AddRange(IngestResult result)
    {
        foreach (var problem in result.Problems) Add(problem);
        foreach (var paper in result.Papers) Add(paper);
    }

    public IngestResult ToResult() => new(_papers.ToArray(), _problems.ToArray());
}
