using System.Globalization;
using System.Net;
using System.Text;
using LearningNetwork.Application.Anchoring;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Localization;
using LearningNetwork.Application.Common.Mail;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Following;
using LearningNetwork.Application.Following.ListMyFollows;
using LearningNetwork.Application.Notifications;
using LearningNetwork.Application.Resources;
using LearningNetwork.Application.Werksessies;

namespace LearningNetwork.Application.Digests;

/// <summary>A composed digest: nothing to send when <see cref="Items"/> is 0.</summary>
public sealed record DigestContent(string Subject, string Text, string Html, int Items);

/// <summary>
/// The weekly digest for one person: what happened in [from, to) in what they follow, of what they may read at
/// this moment, grouped by kind and newest first, then counts of the rest of the network. In their language, as
/// plain text and as HTML with inline styles that reads well without images. A test digest (asked for on the settings
/// page) is the same mail with "[Proef]" before the subject and a notice at the top that it is a test, whether the
/// weekly one still comes and, when there is nothing new, that such a week brings no digest.
/// </summary>
public sealed class DigestComposer(IAppDbContext db, IMarkdownRenderer markdown, IPortalLinks links, DigestSchedule schedule, AnchoringWatch anchoring)
{
    public const int MaxPerKind = 20;

    public async Task<DigestContent> ComposeAsync(Viewer viewer, Person person, DateTime fromUtc, DateTime toUtc, string? unsubscribeUrl, bool asTest, CancellationToken cancellationToken)
    {
        var follows = await FollowedKeys.LoadAsync(db, person.Id, cancellationToken);
        var followed = follows.Any
            ? await FollowedActivity.LoadAsync(db, markdown, viewer, follows, fromUtc, toUtc, MaxPerKind, cancellationToken)
            : [];
        var forYou = await WeeklyNotifications.LoadAsync(db, person.Id, fromUtc, toUtc, MaxPerKind, cancellationToken);
        var harvests = await PublishedHarvests.LoadAsync(db, viewer, fromUtc, toUtc, MaxPerKind, cancellationToken);
        var items = followed.Count + forYou.Count + harvests.Count;

        // The watch's standing flags ride along with a digest that goes; they do not make one go every week by themselves.
        var flags = viewer.MunicipalityId is { } municipalityId ? (await anchoring.ForAsync(viewer, municipalityId, withExamples: false, cancellationToken)).Flags : [];
        // The rest of the network, as counts: everything readable minus what the digest already shows.
        var (networkExperiments, networkReflections, networkQuestions) = await FollowedActivity.CountAsync(db, viewer, fromUtc, toUtc, cancellationToken);
        int Shown(params ActivityKind[] kinds) => followed.Count(i => kinds.Contains(i.Kind));
        var zone = schedule.Zone;
        DateTime Dutch(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

        using var scope = new CultureScope(person.PreferredLanguage);
        var culture = CultureInfo.GetCultureInfo(Domain.Common.Languages.IsSupported(person.PreferredLanguage) ? person.PreferredLanguage : Domain.Common.Languages.Dutch);
        var period = string.Format(culture, AppTexts.DigestPeriod, Dutch(fromUtc).ToString("d MMMM", culture), Dutch(toUtc.AddMinutes(-1)).ToString("d MMMM yyyy", culture));
        var weeklySubject = string.Format(culture, AppTexts.DigestSubject, items);
        var subject = asTest ? string.Format(culture, AppTexts.DigestTestSubject, weeklySubject) : weeklySubject;
        var sections = new[]
            {
                (Title: AppTexts.DigestExperiments, Items: followed.Where(i => i.Kind is ActivityKind.NewExperiment or ActivityKind.UpdatedExperiment).ToList()),
                (Title: AppTexts.DigestReflections, Items: followed.Where(i => i.Kind == ActivityKind.NewReflection).ToList()),
                (Title: AppTexts.DigestQuestions, Items: followed.Where(i => i.Kind == ActivityKind.AnsweredQuestion).ToList()),
            }
            .Where(s => s.Items.Count > 0)
            .ToList();
        var networkLine = string.Format(
            culture,
            AppTexts.DigestNetworkCounts,
            Plurals.Format(culture, nameof(AppTexts.DigestNetworkProjects), Math.Max(0, networkExperiments - Shown(ActivityKind.NewExperiment, ActivityKind.UpdatedExperiment))),
            Plurals.Format(culture, nameof(AppTexts.DigestNetworkReflections), Math.Max(0, networkReflections - Shown(ActivityKind.NewReflection))),
            Plurals.Format(culture, nameof(AppTexts.DigestNetworkQuestions), Math.Max(0, networkQuestions - Shown(ActivityKind.AnsweredQuestion))));

        var text = new StringBuilder();
        var html = MailLayout.BeginHtml(subject, culture);
        if (asTest)
        {
            var weekly = person.WeeklyDigest
                ? string.Format(culture, AppTexts.DigestTestNext, Dutch(schedule.NextWeek().DueAtUtc).ToString("dddd d MMMM HH:mm", culture))
                : AppTexts.DigestTestOff;
            string[] sentences = items == 0 ? [AppTexts.DigestTestNotice, weekly, AppTexts.DigestTestEmpty] : [AppTexts.DigestTestNotice, weekly];
            var notice = string.Join(' ', sentences);
            html.Append("<p style=\"margin:0 0 16px;padding:12px 16px;background:#fff4d6;border-left:4px solid #b35c00;\">").Append(Encode(notice)).Append("</p>");
            text.AppendLine(notice).AppendLine();
        }

        html.Append("<p style=\"margin:0 0 8px;font-size:14px;font-weight:bold;color:#154273;\">").Append(Encode(AppTexts.PortalName)).Append("</p>")
            .Append("<h1 style=\"margin:0 0 8px;font-size:24px;line-height:1.25;color:#1a1a1a;\">").Append(Encode(AppTexts.DigestTitle)).Append("</h1>")
            .Append("<p style=\"margin:0 0 24px;color:#4b4b4b;\">").Append(Encode(period)).Append("</p>");
        text.AppendLine(AppTexts.DigestTitle).AppendLine(period).AppendLine();
        var greeting = string.Format(culture, AppTexts.MailGreeting, person.DisplayName);
        html.Append("<p style=\"margin:0 0 8px;\">").Append(Encode(greeting)).Append("</p>")
            .Append("<p style=\"margin:0 0 16px;\">").Append(Encode(AppTexts.DigestIntro)).Append("</p>");
        text.AppendLine(greeting).AppendLine(AppTexts.DigestIntro).AppendLine();

        if (forYou.Count > 0)
        {
            // What concerns the person, of the kinds they want weekly: first, before what they follow.
            html.Append("<h2 style=\"margin:24px 0 8px;font-size:20px;color:#154273;\">").Append(Encode(AppTexts.DigestForYou)).Append("</h2>");
            text.AppendLine(AppTexts.DigestForYou.ToUpper(culture)).AppendLine(new string('=', AppTexts.DigestForYou.Length)).AppendLine();
            foreach (var item in forYou)
            {
                var sentence = NotificationTexts.Sentence(item.Kind, item.Actor, item.Title, item.Detail);
                var url = links.Absolute(item.Url);
                html.Append("<p style=\"margin:0 0 12px;\">").Append(Encode(sentence)).Append(' ').Append(MailLayout.Link(url, AppTexts.NotificationMailOpen)).Append("</p>");
                text.AppendLine("* " + sentence).Append("  ").AppendLine(url).AppendLine();
            }
        }

        if (harvests.Count > 0)
        {
            // What werksessies yielded: the network's shared learning, before what the person follows.
            AppendHarvests(harvests, html, text, culture);
        }

        if (flags.Count > 0)
        {
            AppendAnchoring(flags, html, text, culture);
        }

        foreach (var section in sections)
        {
            html.Append("<h2 style=\"margin:24px 0 8px;font-size:20px;color:#154273;\">").Append(Encode(section.Title)).Append("</h2>");
            text.AppendLine(section.Title.ToUpper(culture)).AppendLine(new string('=', section.Title.Length)).AppendLine();
            foreach (var item in section.Items)
            {
                var url = Link(item);
                var meta = $"{Label(item.Kind)} · {item.Municipality} · {Dutch(item.AtUtc).ToString("d MMMM", culture)}";
                html.Append("<div style=\"margin:0 0 16px;padding:0 0 16px;border-bottom:1px solid #d0d0d0;\">")
                    .Append("<p style=\"margin:0;font-size:14px;color:#4b4b4b;\">").Append(Encode(meta)).Append("</p>")
                    .Append("<h3 style=\"margin:4px 0;font-size:18px;\"><a href=\"").Append(Encode(url)).Append("\" style=\"color:#154273;text-decoration:underline;\">")
                    .Append(Encode(item.Title)).Append("</a></h3>");
                if (item.Excerpt.Length > 0)
                {
                    html.Append("<p style=\"margin:0;\">").Append(Encode(item.Excerpt)).Append("</p>");
                }

                html.Append("</div>");
                text.AppendLine(item.Title).AppendLine(meta);
                if (item.Excerpt.Length > 0)
                {
                    text.AppendLine(item.Excerpt);
                }

                text.AppendLine(url).AppendLine();
            }
        }

        html.Append("<h2 style=\"margin:24px 0 8px;font-size:20px;color:#154273;\">").Append(Encode(AppTexts.DigestAlsoInNetwork)).Append("</h2>")
            .Append("<p style=\"margin:0 0 16px;\">").Append(Encode(networkLine)).Append(' ').Append(MailLayout.Link(links.Home(), AppTexts.DigestOpenPortal)).Append("</p>");
        text.AppendLine(AppTexts.DigestAlsoInNetwork.ToUpper(culture)).AppendLine(networkLine).AppendLine(links.Home()).AppendLine();

        var settings = links.DigestSettings();
        html.Append("<hr style=\"border:0;border-top:1px solid #d0d0d0;margin:24px 0 16px;\">")
            .Append("<p style=\"margin:0 0 8px;font-size:14px;color:#4b4b4b;\">").Append(Encode(AppTexts.DigestWhy)).Append("</p>")
            .Append("<p style=\"margin:0;font-size:14px;\">").Append(MailLayout.Link(settings, AppTexts.DigestSettingsLink));
        text.AppendLine("-- ").AppendLine(AppTexts.DigestWhy).Append(AppTexts.DigestSettingsLink).Append(": ").AppendLine(settings);
        if (unsubscribeUrl is not null)
        {
            html.Append(" · ").Append(MailLayout.Link(unsubscribeUrl, AppTexts.DigestUnsubscribeLink));
            text.Append(AppTexts.DigestUnsubscribeLink).Append(": ").AppendLine(unsubscribeUrl);
        }

        html.Append("</p>").Append(MailLayout.EndHtml);
        return new DigestContent(subject, text.ToString(), html.ToString(), items);
    }

    private void AppendAnchoring(IReadOnlyList<AnchoringFlagDto> flags, StringBuilder html, StringBuilder text, CultureInfo culture)
    {
        html.Append("<h2 style=\"margin:24px 0 8px;font-size:20px;color:#154273;\">").Append(Encode(AppTexts.DigestAnchoring)).Append("</h2>")
            .Append("<p style=\"margin:0 0 12px;\">").Append(Encode(AppTexts.DigestAnchoringIntro)).Append("</p><ul style=\"margin:0 0 12px;padding-left:20px;\">");
        text.AppendLine(AppTexts.DigestAnchoring.ToUpper(culture)).AppendLine(new string('=', AppTexts.DigestAnchoring.Length)).AppendLine(AppTexts.DigestAnchoringIntro).AppendLine();
        foreach (var flag in flags.Take(MaxPerKind))
        {
            var sentence = AnchoringTexts.Sentence(flag, culture);
            var url = links.Experiment(flag.ExperimentId);
            html.Append("<li style=\"margin:0 0 8px;\">").Append(Encode(sentence)).Append(' ').Append(MailLayout.Link(url, AppTexts.NotificationMailOpen)).Append("</li>");
            text.AppendLine("* " + sentence).Append("  ").AppendLine(url);
        }

        var watch = links.Absolute("/anchoring");
        html.Append("</ul><p style=\"margin:0 0 16px;\">").Append(MailLayout.Link(watch, AppTexts.DigestAnchoringOpen)).Append("</p>");
        text.AppendLine().Append(AppTexts.DigestAnchoringOpen).Append(": ").AppendLine(watch).AppendLine();
    }

    private void AppendHarvests(IReadOnlyList<PublishedHarvest> harvests, StringBuilder html, StringBuilder text, CultureInfo culture)
    {
        html.Append("<h2 style=\"margin:24px 0 8px;font-size:20px;color:#154273;\">").Append(Encode(AppTexts.DigestHarvests)).Append("</h2>");
        text.AppendLine(AppTexts.DigestHarvests.ToUpper(culture)).AppendLine(new string('=', AppTexts.DigestHarvests.Length)).AppendLine();
        foreach (var harvest in harvests)
        {
            var url = links.Absolute($"/werksessies/{harvest.WerksessieId}/harvest");
            var meta = string.Format(culture, AppTexts.DigestHarvestMeta, harvest.BarrierNumber);
            var lines = harvest.EyeOpeners.Select(e => string.Format(culture, AppTexts.DigestHarvestEyeOpener, e.Title, e.Municipality ?? AppTexts.HarvestUnnamedMunicipality))
                .Concat(harvest.Rewordings.Select(r => string.Format(culture, AppTexts.DigestHarvestRewording, r)))
                .Concat(harvest.NextSteps.Select(s => string.Format(culture, AppTexts.DigestHarvestNextStep, s.Description, s.Owner ?? AppTexts.NotificationSomeone, s.DueDate.ToString("d MMMM yyyy", culture))))
                .ToList();
            html.Append("<div style=\"margin:0 0 16px;padding:0 0 16px;border-bottom:1px solid #d0d0d0;\">")
                .Append("<p style=\"margin:0;font-size:14px;color:#4b4b4b;\">").Append(Encode(meta)).Append("</p>")
                .Append("<h3 style=\"margin:4px 0;font-size:18px;\"><a href=\"").Append(Encode(url)).Append("\" style=\"color:#154273;text-decoration:underline;\">")
                .Append(Encode(harvest.Title)).Append("</a></h3><ul style=\"margin:0;padding-left:20px;\">");
            text.AppendLine(harvest.Title).AppendLine(meta);
            foreach (var line in lines)
            {
                html.Append("<li>").Append(Encode(line)).Append("</li>");
                text.Append("* ").AppendLine(line);
            }

            html.Append("</ul></div>");
            text.AppendLine(url).AppendLine();
        }
    }

    private string Link(ActivityItem item) => item.Kind switch
    {
        ActivityKind.NewReflection => links.Reflection(item.Id),
        ActivityKind.AnsweredQuestion => links.LearningQuestion(item.Id),
        _ => links.Experiment(item.Id),
    };

    private static string Label(ActivityKind kind) => kind switch
    {
        ActivityKind.NewExperiment => AppTexts.DigestNewExperiment,
        ActivityKind.UpdatedExperiment => AppTexts.DigestUpdatedExperiment,
        ActivityKind.NewReflection => AppTexts.DigestNewReflection,
        _ => AppTexts.DigestAnsweredQuestion,
    };

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
