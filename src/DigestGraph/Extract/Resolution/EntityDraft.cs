using DigestGraph.Extract.Candidates;
using DigestGraph.Extract.Lexicon;

namespace DigestGraph.Extract.Resolution;

/// <summary>
/// One entity of one paper while the rules work on it: every surface form and occurrence seen, then its type and the
/// introduced flag. Private to one extraction call; frozen into an <see cref="ExtractedEntity"/> at the end.
/// </summary>
public sealed class EntityDraft(int id)
{
    public int Id { get; } = id;
    public string Name { get; set; } = "";
    public List<string> Surfaces { get; } = [];
    public LexiconEntry? Known { get; set; }
    public List<EntityType> TypeHints { get; } = [];
    public List<string> Developers { get; } = [];
    /// <summary>Spans of the abstract where the entity is written, in text order.</summary>
    public List<(int Start, int End)> Occurrences { get; } = [];
    public bool InTitle { get; set; }
    public bool IsTitleName { get; set; }
    public bool IsCoined { get; set; }
    public bool IsListedPart { get; set; }
    public EntityType Type { get; set; } = EntityType.Method;
    /// <summary>The words around the entity's occurrences that name a type (<see cref="Typing.ContextTyper"/>), as the rules read them.</summary>
    public IReadOnlyList<EntityType> TypeVotes { get; set; } = [];
    /// <summary>The type a strong or a weak name shape gives (<see cref="Typing.NameShapeTyper"/>), if any.</summary>
    public EntityType? StrongShape { get; set; }
    public EntityType? WeakShape { get; set; }
    /// <summary>Which rule gave <see cref="Type"/>.</summary>
    public Typing.TypeSource TypeSource { get; set; } = Typing.TypeSource.Fallback;
    public bool Introduced { get; set; }

    public bool IsModelOrMethod => Type is EntityType.Model or EntityType.Method;

    public int FirstPosition => Occurrences.Count > 0 ? Occurrences[0].Start : int.MaxValue;

    public void Absorb(Mention mention)
    {
        if (Name.Length == 0) Name = mention.Name;
        AddSurface(mention.Name);
        foreach (var alias in mention.Aliases) AddSurface(alias);
        Known ??= mention.Known;
        if (mention.TypeHint is { } t) TypeHints.Add(t);
        if (mention.Developer is { } d && !Developers.Contains(d)) Developers.Add(d);
        if (mention.InTitle) InTitle = true;
        else Occurrences.Add((mention.Start, mention.End));
        IsCoined |= mention.IsCoined;
        IsListedPart |= mention.IsListedPart;
        if (mention.IsTitleName)
        {
            IsTitleName = true;
            Name = mention.Name;
        }
    }

    public void Absorb(EntityDraft other)
    {
        foreach (var s in other.Surfaces) AddSurface(s);
        Known ??= other.Known;
        TypeHints.AddRange(other.TypeHints);
        foreach (var d in other.Developers)
            if (!Developers.Contains(d)) Developers.Add(d);
        Occurrences.AddRange(other.Occurrences);
        Occurrences.Sort();
        InTitle |= other.InTitle;
        IsCoined |= other.IsCoined;
        IsListedPart |= other.IsListedPart;
        if (other.IsTitleName)
        {
            IsTitleName = true;
            Name = other.Name;
        }
    }

    private void AddSurface(string surface)
    {
        if (!Surfaces.Contains(surface)) Surfaces.Add(surface);
    }

    public ExtractedEntity Freeze(string? evidence) => new(Name, Type)
    {
        Aliases = FrozenAliases(),
        Types = Known is { Types.Count: > 1 } k && k.Types.Contains(Type) ? [Type, .. k.Types.Where(t => t != Type)] : [],
        Introduced = Introduced,
        Evidence = evidence,
    };

    /// <summary>The surfaces and the lexicon name that fold unlike the name, the first of each folding.</summary>
    private string[] FrozenAliases()
    {
        // Most entities have no alias: the list is made at the first one.
        List<string>? aliases = null;
        foreach (var s in Surfaces) AddAlias(ref aliases, s);
        if (Known is { } known) AddAlias(ref aliases, known.Name);
        return aliases is null ? [] : aliases.ToArray();
    }

    private void AddAlias(ref List<string>? aliases, string surface)
    {
        // The name is most often among the surfaces as it is: equal strings fold alike without folding.
        if (surface == Name || NameFolding.SameFold(surface, Name)) return;
        if (aliases is not null)
            foreach (var a in aliases)
                if (NameFolding.SameFold(a, surface)) return;
        (aliases ??= []).Add(surface);
    }

    public override string ToString() => $"{Name} [{Type}{(Introduced ? ", introduced" : "")}]";
}
