using LearningNetwork.Domain.Moderation;

namespace LearningNetwork.Domain.Reflections;

/// <summary>
/// A signed-in person's response to a reflection: Markdown, rendered once to safe HTML and stored. The author
/// edits and deletes it; network admins hide it with a reason.
/// </summary>
public sealed class Comment : HideableContent
{
    public const int BodyMaxLength = 5_000;

    public Comment(int reflectionId, string authorUserId, string bodyMarkdown, string bodyHtml, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authorUserId);
        ReflectionId = reflectionId;
        AuthorUserId = authorUserId;
        CreatedAtUtc = nowUtc;
        BodyMarkdown = bodyMarkdown;
        BodyHtml = bodyHtml;
    }

    private Comment()
    {
        AuthorUserId = null!;
        BodyMarkdown = null!;
        BodyHtml = null!;
    }

    public int Id { get; private set; }

    public int ReflectionId { get; private set; }

    public string AuthorUserId { get; private set; }

    public string BodyMarkdown { get; private set; }

    public string BodyHtml { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? EditedAtUtc { get; private set; }

    public void Edit(string bodyMarkdown, string bodyHtml, DateTime nowUtc)
    {
        BodyMarkdown = bodyMarkdown;
        BodyHtml = bodyHtml;
        EditedAtUtc = nowUtc;
    }

}
