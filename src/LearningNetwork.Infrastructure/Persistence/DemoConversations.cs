using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Following;
using LearningNetwork.Domain.LearningAgenda;
using LearningNetwork.Domain.Reflections;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Infrastructure.Persistence;

/// <summary>
/// Reflections, comments, marks, learning questions and follows by the demo people on the schetsboek's examples,
/// so that every page has something to show in Development. Added once: only when there are no reflections yet.
/// </summary>
internal static class DemoConversations
{
    public static async Task SeedAsync(AppDbContext db, IMarkdownRenderer markdown, IReadOnlyDictionary<string, string> people, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (await db.Reflections.AnyAsync(cancellationToken))
        {
            return;
        }

        var experiments = await db.Experiments.Select(e => new { e.Title, e.Id, e.MunicipalityId }).ToDictionaryAsync(e => e.Title, e => (e.Id, e.MunicipalityId), cancellationToken);
        DateTime Ago(int days) => nowUtc.AddDays(-days);
        Reflection Reflect(string experiment, string author, ReflectionKind kind, string title, string body, int[] lessons, int[] barriers, int days) =>
            new(experiments[experiment].Id, people[author], kind, title, body, markdown.ToSafeHtml(body), lessons, barriers, null, Ago(days));

        var terheijden = Reflect(
            "Terheijden: warmtenet samen met rioolvervanging", "carla", ReflectionKind.WhatWorked,
            "Eén keer de straat open, één planning",
            "Wat het verschil maakte:\n\n- **één bouwteam** voor riool en warmtenet, met één planning;\n- de aannemer van het riool zat vanaf het begin aan tafel;\n- bewoners kregen één brief en één aanspreekpunt.\n\nLet op het verschil in bouwsnelheid: het warmtenet liep twee weken achter op het riool.",
            [2, 5], [4], 20);
        var mozart = Reflect(
            "Mozartflat: inductie koken bij betonrotrenovatie", "anne", ReflectionKind.EyeOpener,
            "De VvE beslist, niet wij",
            "We dachten dat de gemeente het tempo bepaalde. In een VvE-flat beslist de **ledenvergadering**. Pas toen we de renovatie van het betonrot als hun eigen probleem benaderden, kwam inductie koken mee.",
            [8, 11], [6], 12);
        var asbestos = Reflect(
            "PAW-wijk: asbestsanering als aanleiding om te isoleren", "bram", ReflectionKind.TipForOthers,
            "Gebruik de asbestbrief als haakje",
            "Bewoners moesten toch al iets met hun dak. Stuur de uitnodiging om te isoleren **samen** met de brief over de asbestsanering, niet erna. 18 van de 24 woningen deden mee.",
            [1], [6], 6);
        var meerwijk = Reflect(
            "Meerwijk: warmtenet, nieuw riool en klimaatadaptieve straat", "dirk", ReflectionKind.WhatDidNotWork,
            "Drie afdelingen, drie planningen",
            "Riolering, warmte en klimaatadaptatie hadden elk een eigen planning en een eigen raamcontract. Daardoor liep het koppelen vast op de aanbesteding. Volgende keer: eerst één gezamenlijke planning, dan pas contracten.",
            [2, 3], [2, 5], 3);
        db.Reflections.AddRange(terheijden, mozart, asbestos, meerwijk);
        await db.SaveChangesAsync(cancellationToken);

        Comment Say(Reflection on, string author, string body, int days) => new(on.Id, people[author], body, markdown.ToSafeHtml(body), Ago(days));
        db.Comments.AddRange(
            Say(terheijden, "eva", "Herkenbaar! Hoe hebben jullie de aannemer van het riool zo vroeg meegekregen?", 18),
            Say(terheijden, "carla", "Door het bestek van het riool pas uit te schrijven toen het warmtebedrijf mee kon doen. Dat kostte twee maanden, maar die haalden we later ruim in.", 17),
            Say(mozart, "fatima", "Mooi voorbeeld van *beredeneren vanuit bewonersperspectief* (les 11).", 10));
        db.Recognitions.AddRange(
            new Recognition(terheijden.Id, people["anne"], Ago(19)),
            new Recognition(terheijden.Id, people["dirk"], Ago(15)),
            new Recognition(terheijden.Id, people["fatima"], Ago(14)),
            new Recognition(mozart.Id, people["dirk"], Ago(11)));

        var meerwijkExperiment = experiments["Meerwijk: warmtenet, nieuw riool en klimaatadaptieve straat"];
        var planning = new LearningQuestion(meerwijkExperiment.MunicipalityId, meerwijkExperiment.Id, "Hoe krijgen we riool, warmte en klimaatadaptatie in één planning?", Visibility.Public, [2, 5], ["underground", "climate-adaptation"], people["dirk"], Ago(9));
        planning.LinkAnswer(terheijden.Id, people["dirk"], Ago(2));
        var tilburg = experiments["Mozartflat: inductie koken bij betonrotrenovatie"].MunicipalityId;
        var owners = new LearningQuestion(tilburg, null, "Hoe bereiken we eigenaar-bewoners?", Visibility.Public, [6], ["renovation"], people["anne"], Ago(25));
        owners.Reformulate("Hoe bereiken we eigenaar-bewoners die geen urgentie voelen om te isoleren?", "Na de bewonersavond: het gaat niet om bereik, maar om urgentie.", people["bram"], Ago(8));
        var asbestosQuestion = new LearningQuestion(tilburg, experiments["PAW-wijk: asbestsanering als aanleiding om te isoleren"].Id, "Kan een asbestsanering de aanleiding zijn om te isoleren?", Visibility.Public, [6], ["renovation"], people["bram"], Ago(30));
        asbestosQuestion.LinkAnswer(asbestos.Id, people["bram"], Ago(5));
        asbestosQuestion.MarkAnswered("Ja: 18 van de 24 woningen deden mee.", people["bram"], Ago(5));
        var drimmelen = experiments["Terheijden: warmtenet samen met rioolvervanging"].MunicipalityId;
        var costs = new LearningQuestion(drimmelen, null, "Wie betaalt de meerkosten als we werkzaamheden koppelen?", Visibility.Network, [5], ["underground"], people["carla"], Ago(4));
        db.LearningQuestions.AddRange(planning, owners, asbestosQuestion, costs);

        db.Follows.AddRange(
            new Follow(people["fatima"], FollowKind.Barrier, "6", Ago(21)),
            new Follow(people["fatima"], FollowKind.Lesson, "2", Ago(21)),
            new Follow(people["eva"], FollowKind.Theme, "climate-adaptation", Ago(21)),
            new Follow(people["anne"], FollowKind.Barrier, "6", Ago(21)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
