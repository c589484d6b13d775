namespace LearningNetwork.Application.Common;

/// <summary>Short text for lists, moderation queues and mail: whitespace collapsed, cut at a word with an ellipsis.</summary>
public static class Excerpts
{
    public const int DefaultLength = 280;

    public static string Of(string text, int maxLength = DefaultLength)
    {
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length <= maxLength)
        {
            return collapsed;
        }

        var cut = collapsed.LastIndexOf(' ', maxLength - 1);
        var end = cut > maxLength / 2 ? cut : maxLength - 1;
        if (char.IsHighSurrogate(collapsed[end - 1]))
        {
            // Never half an emoji.
            end--;
        }

        return string.Concat(collapsed.AsSpan(0, end), "…");
    }
}
