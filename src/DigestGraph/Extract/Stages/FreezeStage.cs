using DigestGraph.Extract.Pipeline;

namespace DigestGraph.Extract.Stages;

/// <summary>The final entities: the title's own name first, then in text order, each with the sentence it was first seen in.</summary>
public sealed class FreezeStage : IExtractionStage
{
    // Papers with more entities than this sort their order in a heap array instead of on the stack.
    private const int MaxStackEntities = 256;

    public void Run(PaperDocument document)
    {
        var drafts = document.Entities;
        var context = document.Context;
        // Sorted by (position, draft index): the order a stable sort by position gives, without LINQ's buffers.
        Span<(int Position, int Draft)> order = drafts.Count <= MaxStackEntities ? stackalloc (int, int)[drafts.Count] : new (int, int)[drafts.Count];
        for (var i = 0; i < order.Length; i++) order[i] = (drafts[i].IsTitleName ? -1 : drafts[i].FirstPosition, i);
        order.Sort();
        var frozen = new ExtractedEntity[order.Length];
        ExtractedEntity? own = null;
        for (var i = 0; i < order.Length; i++)
        {
            var d = drafts[order[i].Draft];
            frozen[i] = d.Freeze(context.EvidenceAt(d.FirstPosition));
            if (d.IsTitleName) own ??= frozen[i];
        }
        document.FrozenEntities = frozen;
        document.OwnEntity = own;
    }
}
