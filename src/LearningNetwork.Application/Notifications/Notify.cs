using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Notifications;

/// <summary>What one event tells: its kind, what it names it by, and what the notification shows.</summary>
internal sealed record NotificationEvent(NotificationKind Kind, string SubjectKey, string Title, string? ActorUserId, string? Detail, string Url);

/// <summary>
/// Adds the notifications of an event to the caller's save: once per person and event (a unique row), never to the
/// one who caused it, and only to those who may read what it is about. A fixed number of queries, whatever the
/// number of recipients.
/// </summary>
internal static class Notify
{
    /// <param name="mayRead">Whether a recipient, as a viewer, may read what the event is about: decided in memory from what the caller loaded once.</param>
    /// <returns>The notifications added to the save.</returns>
    public static async Task<IReadOnlyList<Notification>> AddAsync(
        IAppDbContext db,
        IEnumerable<string> recipients,
        string actorUserId,
        NotificationEvent what,
        Func<Viewer, bool> mayRead,
        DateTime nowUtc,
        CancellationToken cancellationToken,
        Func<string, string?>? contextUrlFor = null)
    {
        var people = recipients.Where(r => r != actorUserId).Distinct().ToList();
        if (people.Count == 0)
        {
            return [];
        }

        var told = await db.Notifications
            .Where(n => people.Contains(n.UserId) && n.Kind == what.Kind && n.SubjectKey == what.SubjectKey)
            .Select(n => n.UserId)
            .ToListAsync(cancellationToken);
        var memberships = await db.Memberships
            .Where(m => people.Contains(m.UserId))
            .Select(m => new { m.UserId, m.MunicipalityId, m.Role })
            .ToDictionaryAsync(m => m.UserId, cancellationToken);
        var added = new List<Notification>();
        foreach (var person in people.Except(told))
        {
            var membership = memberships.GetValueOrDefault(person);
            if (mayRead(new Viewer(person, false, membership?.MunicipalityId, membership?.Role)))
            {
                var notification = new Notification(person, what.Kind, what.SubjectKey, what.Title, what.ActorUserId, what.Detail, what.Url, nowUtc, contextUrlFor?.Invoke(person));
                db.Notifications.Add(notification);
                added.Add(notification);
            }
        }

        return added;
    }

    /// <summary>
    /// The notifications of an event that has a mail of its own (a membership request or decision): the mail goes at
    /// once, in the same save, to those who want this kind at once, and tells their notification; the others hear of
    /// it weekly or in the portal only, as they chose.
    /// </summary>
    public static async Task AddWithOwnMailAsync(
        IAppDbContext db, IMailSender mail, IReadOnlyList<Person> people, string actorUserId, NotificationEvent what, Func<Person, OutgoingMail> compose, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var delivery = await DeliveriesAsync(db, people.Select(p => p.Id).ToList(), what.Kind, cancellationToken);
        var added = (await AddAsync(db, people.Select(p => p.Id), actorUserId, what, _ => true, nowUtc, cancellationToken)).ToDictionary(n => n.UserId);
        foreach (var person in people.Where(p => p.Id != actorUserId && delivery(p.Id) == NotificationDelivery.Immediately))
        {
            var messageId = mail.Enqueue(compose(person));
            added.GetValueOrDefault(person.Id)?.MarkMailed(messageId);
        }
    }

    /// <summary>How each of <paramref name="people"/> wants to hear of <paramref name="kind"/> (one query; the default where they chose nothing).</summary>
    public static async Task<Func<string, NotificationDelivery>> DeliveriesAsync(IAppDbContext db, IReadOnlyCollection<string> people, NotificationKind kind, CancellationToken cancellationToken)
    {
        var chosen = await db.NotificationPreferences
            .Where(p => p.Kind == kind && people.Contains(p.UserId))
            .ToDictionaryAsync(p => p.UserId, p => p.Delivery, cancellationToken);
        return person => chosen.TryGetValue(person, out var delivery) ? delivery : NotificationPreference.Default(kind);
    }
}

/// <summary>A reflection as its notifications need it: its title and author, and who may read it (one query).</summary>
internal sealed record ReflectionAudience(string Title, string AuthorUserId, bool Hidden, bool ProjectDeleted, Domain.Common.Visibility Visibility, int MunicipalityId)
{
    public static Task<ReflectionAudience> LoadAsync(IAppDbContext db, int reflectionId, CancellationToken cancellationToken) =>
        db.Reflections.Where(r => r.Id == reflectionId)
            .Join(db.Experiments, r => r.ExperimentId, e => e.Id, (r, e) => new ReflectionAudience(r.Title, r.AuthorUserId, r.HiddenAtUtc != null, e.DeletedAtUtc != null, e.Visibility, e.MunicipalityId))
            .SingleAsync(cancellationToken);

    /// <summary>As on the reflection's page: not hidden, on a live project the reader may read.</summary>
    public bool MayRead(Viewer reader) => !Hidden && !ProjectDeleted && reader.CanRead(Visibility, MunicipalityId);
}

/// <summary>The flagship event: a project overcomes a barrier that still blocks projects of other municipalities.</summary>
internal static class BarrierNotifications
{
    /// <summary>
    /// Tells the members of every other municipality with a live project still blocked by a barrier this project
    /// newly overcame. A draft is read by its own municipality only, so it tells no one.
    /// </summary>
    public static async Task AddAsync(IAppDbContext db, Domain.Experiments.Experiment experiment, IReadOnlySet<int> overcomeBefore, string actorUserId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (experiment.Visibility == Domain.Common.Visibility.Draft)
        {
            return;
        }

        var newly = experiment.Barriers
            .Where(b => b.State == Domain.Experiments.BarrierState.Overcome && !overcomeBefore.Contains(b.BarrierNumber))
            .Select(b => b.BarrierNumber)
            .ToList();
        foreach (var number in newly)
        {
            // Per municipality its first project still blocked by the barrier: the notification links to its "Wie overwon dezelfde barrière?".
            var blocked = await db.Experiments
                .Where(e => e.MunicipalityId != experiment.MunicipalityId && e.DeletedAtUtc == null
                    && e.Barriers.Any(b => b.BarrierNumber == number && b.State == Domain.Experiments.BarrierState.StillBlocking))
                .GroupBy(e => e.MunicipalityId)
                .Select(g => new { MunicipalityId = g.Key, ExperimentId = g.Min(e => e.Id) })
                .ToDictionaryAsync(g => g.MunicipalityId, g => g.ExperimentId, cancellationToken);
            var municipalities = blocked.Keys.ToList();
            var recipients = await db.Memberships
                .Where(m => municipalities.Contains(m.MunicipalityId))
                .Select(m => new { m.UserId, m.MunicipalityId })
                .ToListAsync(cancellationToken);
            var municipalityOf = recipients.ToDictionary(r => r.UserId, r => r.MunicipalityId);
            await Notify.AddAsync(
                db,
                municipalityOf.Keys,
                actorUserId,
                new(NotificationKind.BarrierOvercomeElsewhere, $"overcome:{experiment.Id}:{number}", experiment.Title, null, number.ToString(System.Globalization.CultureInfo.InvariantCulture), $"/experiments/{experiment.Id}"),
                _ => true,
                nowUtc,
                cancellationToken,
                person => $"/experiments/{blocked[municipalityOf[person]]}#peers-title");
        }
    }
}

/// <summary>A follow-up: a new reflection or project in what people follow, told to those who follow any part of it.</summary>
internal static class FollowNotifications
{
    /// <summary>A new project: its municipality, themes, barriers and lessons are followed. A draft tells no one.</summary>
    public static Task AddForProjectAsync(IAppDbContext db, Domain.Experiments.Experiment experiment, string actorUserId, DateTime nowUtc, CancellationToken cancellationToken) =>
        experiment.Visibility == Domain.Common.Visibility.Draft
            ? Task.CompletedTask
            : AddAsync(
                db,
                Followers(db, experiment.Id, experiment.MunicipalityId, experiment.Themes.Select(t => t.ThemeKey).ToList(), experiment.Barriers.Select(b => b.BarrierNumber), experiment.Lessons.Select(l => l.LessonNumber)),
                actorUserId,
                new(NotificationKind.FollowedActivity, $"project:{experiment.Id}", experiment.Title, actorUserId, NotificationTexts.Project, $"/experiments/{experiment.Id}"),
                reader => reader.CanRead(experiment.Visibility, experiment.MunicipalityId),
                nowUtc,
                cancellationToken);

    /// <summary>A new reflection: its project (and that project's municipality and themes), and its own lessons and barriers are followed.</summary>
    public static async Task AddForReflectionAsync(IAppDbContext db, Domain.Reflections.Reflection reflection, string actorUserId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var audience = await ReflectionAudience.LoadAsync(db, reflection.Id, cancellationToken);
        var themes = await db.Experiments.Where(e => e.Id == reflection.ExperimentId).SelectMany(e => e.Themes).Select(t => t.ThemeKey).ToListAsync(cancellationToken);
        await AddAsync(
            db,
            Followers(db, reflection.ExperimentId, audience.MunicipalityId, themes, reflection.Barriers.Select(b => b.BarrierNumber), reflection.Lessons.Select(l => l.LessonNumber)),
            actorUserId,
            new(NotificationKind.FollowedActivity, $"reflection:{reflection.Id}", reflection.Title, actorUserId, NotificationTexts.Reflection, $"/reflections/{reflection.Id}"),
            audience.MayRead,
            nowUtc,
            cancellationToken);
    }

    private static async Task AddAsync(IAppDbContext db, IQueryable<string> followers, string actorUserId, NotificationEvent what, Func<Viewer, bool> mayRead, DateTime nowUtc, CancellationToken cancellationToken) =>
        await Notify.AddAsync(db, await followers.ToListAsync(cancellationToken), actorUserId, what, mayRead, nowUtc, cancellationToken);

    private static IQueryable<string> Followers(IAppDbContext db, int experimentId, int municipalityId, IReadOnlyCollection<string> themes, IEnumerable<int> barriers, IEnumerable<int> lessons)
    {
        static string Key(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var experimentKey = Key(experimentId);
        var municipalityKey = Key(municipalityId);
        var barrierKeys = barriers.Select(Key).ToList();
        var lessonKeys = lessons.Select(Key).ToList();
        return db.Follows
            .Where(f => (f.Kind == Domain.Following.FollowKind.Experiment && f.Key == experimentKey)
                || (f.Kind == Domain.Following.FollowKind.Municipality && f.Key == municipalityKey)
                || (f.Kind == Domain.Following.FollowKind.Theme && themes.Contains(f.Key))
                || (f.Kind == Domain.Following.FollowKind.Barrier && barrierKeys.Contains(f.Key))
                || (f.Kind == Domain.Following.FollowKind.Lesson && lessonKeys.Contains(f.Key)))
            .Select(f => f.UserId)
            .Distinct();
    }
}
