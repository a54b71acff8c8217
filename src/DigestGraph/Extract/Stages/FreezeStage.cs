using DigestGraph.Extract.Pipeline;

namespace DigestGraph.Extract.Stages;

/// <summary>The final entities: the title's own name first, then in text order, each with the sentence it was first seen in.</summary>
public sealed class FreezeStage : IExtractionStage
{
    public void Run(PaperDocument document)
    {
        var drafts = document.Entities;
        var context = document.Context;
        var frozen = drafts
            .OrderBy(d => d.IsTitleName ? -1 : d.FirstPosition)
            .Select(d => (Draft: d, Entity: d.Freeze(context.EvidenceAt(d.FirstPosition))))
            .ToArray();
        document.FrozenEntities = frozen.Select(f => f.Entity).ToArray();
        document.OwnEntity = frozen.FirstOrDefault(f => f.Draft.IsTitleName).Entity;
    }
}
