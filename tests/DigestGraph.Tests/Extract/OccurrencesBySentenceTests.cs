using DigestGraph.Extract.Relations;
using DigestGraph.Extract.Resolution;
using DigestGraph.Extract.Text;

namespace DigestGraph.Tests.Extract;

/// <summary>Each sentence gets exactly the occurrences that start in it, including none.</summary>
public class OccurrencesBySentenceTests
{
    [Fact]
    public void Each_sentence_gets_the_occurrences_starting_in_it()
    {
        const string text = "Heron beats Mixtral. Nothing here.\nOsprey-7B and Heron run fast.";
        var sentences = SentenceSplitter.Split(text);
        var heron = new EntityDraft(0) { Name = "Heron" };
        var mixtral = new EntityDraft(1) { Name = "Mixtral" };
        var osprey = new EntityDraft(2) { Name = "Osprey-7B" };
        Occurrence At(EntityDraft e, int from) { var start = text.IndexOf(e.Name, from, StringComparison.Ordinal); return new(e, start, start + e.Name.Length); }
        Occurrence[] occurrences = [At(heron, 0), At(mixtral, 0), At(osprey, 0), At(heron, 30)];

        var slices = OccurrencesBySentence.Slice(occurrences, sentences);

        Assert.Equal(3, slices.Length);
        Assert.Equal(["Heron", "Mixtral"], slices[0].Select(o => o.Entity.Name));
        Assert.Equal(0, slices[1].Count);
        Assert.Equal(["Osprey-7B", "Heron"], slices[2].Select(o => o.Entity.Name));
    }
}
