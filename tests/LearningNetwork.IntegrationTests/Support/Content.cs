using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Following;

namespace LearningNetwork.IntegrationTests.Support;

/// <summary>Readers and follows, and the projects and reflections the digest tests start from (made with <see cref="Make"/>).</summary>
public static class Content
{
    public static async Task<string> ReaderAsync(PortalFactory factory, string email, string barrier)
    {
        var id = await Network.PersonAsync(factory, email, email.Split('@')[0]);
        await FollowAsync(factory, id, FollowKind.Barrier, barrier);
        return id;
    }

    public static Task<int> FollowAsync(PortalFactory factory, string userId, FollowKind kind, string key) =>
        factory.WithDbAsync(db =>
        {
            db.Follows.Add(new Follow(userId, kind, key, DateTime.UtcNow));
            return db.SaveChangesAsync();
        });

    /// <summary>A project logged a month ago (so it is not this week's news) by a new member who has the digest off.</summary>
    public static async Task<(int Experiment, string Author)> ProjectAsync(ClockedPortalFactory factory, Visibility visibility, string cbs = "GM0855", string? email = null)
    {
        var project = Make.Project(factory.Services).In(cbs).Visible(visibility).CreatedAt(factory.Clock.GetUtcNow().UtcDateTime.AddDays(-30));
        var (id, author) = await (email is null ? project : project.ByNewMember(email)).CreateAsync();
        return (id, author);
    }

    public static Task<int> ReflectAsync(PortalFactory factory, int experiment, string author, string title, int[] barriers, DateTime atUtc) =>
        Make.Reflection(factory.Services, experiment, author).Titled(title).About(barriers).At(atUtc).CreateAsync();
}
