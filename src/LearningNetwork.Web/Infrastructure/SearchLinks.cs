using LearningNetwork.Domain.Search;

namespace LearningNetwork.Web.Infrastructure;

/// <summary>Where a hit of the site-wide search is read: its page (a comment: on its reflection's page, at the comment).</summary>
public static class SearchLinks
{
    public static string For(SearchKind kind, string key, int itemId)
    {
        var escaped = Uri.EscapeDataString(key);
        return kind switch
        {
            SearchKind.Project => $"/experiments/{escaped}",
            SearchKind.Reflection => $"/reflections/{escaped}",
            SearchKind.Comment => $"/reflections/{escaped}#comment-{itemId}",
            SearchKind.Question => $"/learning-agenda/{escaped}",
            SearchKind.Lesson => $"/lessons/{escaped}",
            SearchKind.Barrier => $"/barriers/{escaped}",
            SearchKind.Theme => $"/themes/{escaped}",
            _ => $"/municipalities/{escaped}",
        };
    }
}
