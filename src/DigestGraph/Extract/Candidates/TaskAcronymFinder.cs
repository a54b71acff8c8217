using System.Buffers;

namespace DigestGraph.Extract.Candidates;

/// <summary>
/// Acronyms a text defines as a lower-case modality pair ("text-to-audio (T2A)", "video-to-audio (VTA) framework",
/// "text-to-speech synthesis (TTS)") or as a kind of task ("Weakly Self-Contained (WSC) tasks"). They name a task,
/// never a system (docs/EXTRACTION.md: generic nouns are not entities), so no finder's reading of them is kept in that paper.
/// </summary>
public static class TaskAcronymFinder
{
    private const int MaxAcronym = 5;
    private static readonly SearchValues<char> AcronymChars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    private static readonly SearchValues<char> LowerWordChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz-");

    public static IReadOnlySet<string>? Find(string text)
    {
        HashSet<string>? tasks = null;
        for (var open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
        {
            // Only a short bracket can hold an acronym: the close is looked for that far, never across the text.
            var close = text.AsSpan(open + 1, Math.Min(MaxAcronym + 1, text.Length - open - 1)).IndexOf(')');
            if (close < 2) continue;
            var inner = text.AsSpan(open + 1, close);
            if (!char.IsAsciiLetterUpper(inner[0]) || inner.ContainsAnyExcept(AcronymChars)) continue;
            if (EndsWithModalityPair(text.AsSpan(0, open).TrimEnd(' ')) || NamesTasks(text.AsSpan(open + close + 2)))
                (tasks ??= new(StringComparer.Ordinal)).Add(inner.ToString());
        }
        return tasks;
    }

    /// <summary>"Weakly Self-Contained (WSC) tasks": the acronym is the noun "tasks" qualifies, a kind of task.</summary>
    private static bool NamesTasks(ReadOnlySpan<char> after)
    {
        after = after.TrimStart(' ');
        var word = after.StartsWith("tasks", StringComparison.Ordinal) ? 5 : after.StartsWith("task", StringComparison.Ordinal) ? 4 : 0;
        return word > 0 && (after.Length == word || !char.IsLetter(after[word]));
    }

    /// <summary>The last word, or the one before a lower-case last word ("text-to-speech synthesis"), is "x-to-y" in lower case.</summary>
    private static bool EndsWithModalityPair(ReadOnlySpan<char> before)
    {
        var space = before.LastIndexOf(' ');
        var last = before[(space + 1)..];
        if (IsModalityPair(last)) return true;
        if (space < 0 || last.ContainsAnyExceptInRange('a', 'z')) return false;
        var rest = before[..space];
        return IsModalityPair(rest[(rest.LastIndexOf(' ') + 1)..]);
    }

    private static bool IsModalityPair(ReadOnlySpan<char> word)
    {
        var to = word.IndexOf("-to-", StringComparison.Ordinal);
        if (to <= 0 || to + 4 >= word.Length) return false;
        // "Text-to-audio" opening a sentence is capitalised; any other capital makes it a name ("Round-to-Nearest").
        return !word[1..].ContainsAnyExcept(LowerWordChars);
    }
}
