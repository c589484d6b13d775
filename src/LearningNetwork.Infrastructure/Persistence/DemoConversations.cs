using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Following;
using LearningNetwork.Domain.LearningAgenda;
using LearningNetwork.Domain.Reflections;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Infrastructure.Persistence;

/// <summary>
/// Reflections, comments, marks, learning questions and follows by the (invented) demo people on the schetsboek's
/// examples, so that every page has something to show in Development; the layout says the demo content is invented.
/// What a reflection says about a real municipality's project is what the schetsboek says, with where it says it.
/// Added once: only when there are no reflections yet.
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

        // The demo people are invented, and so is what they write; what they write about the projects is only what the
        // schetsboek says, and says so. Questions and comments ask; they claim no result for a real municipality.
        var terheijden = Reflect(
            "Terheijden: warmtenet samen met rioolvervanging", "carla", ReflectionKind.WhatWorked,
            "Alles tegelijk, en wat dat intern vroeg",
            "Het uitgangspunt was eenvoudig: als het riool toch vervangen moet worden, doe dan **alles tegelijk**, zodat de straat maar één keer open hoeft.\n\nWat het vroeg, zat binnen de gemeente: intern een projectteam optuigen kostte veel moeite, omdat het koppelen voor mensen bovenop hun werk kwam (schetsboek, barrière 1).",
            [2], [1], 20);
        var mozart = Reflect(
            "Mozartflat: inductie koken bij betonrotrenovatie", "anne", ReflectionKind.EyeOpener,
            "De renovatie van de VvE als haakje",
            "De VvE had zelf een grote renovatie van gevels en balkons voor de boeg. Door **koken op inductie** daaraan te koppelen, samen met driedubbel glas, werd aardgasvrij koken onderdeel van hun eigen opgave (schetsboek, voorbeeld Mozartflat).",
            [5], [4], 12);
        var asbestos = Reflect(
            "PAW-wijk: asbestsanering als aanleiding om te isoleren", "bram", ReflectionKind.WhatDidNotWork,
            "De urgentie die we veronderstelden, was er niet",
            "We koppelden isoleren aan het verwijderen van asbest bij label C-woningen. De urgentie werd weinig gevoeld, eigenaren verwachtten een bijdrage die de gemeente niet had, en relatief weinig eigenaren gingen mee (schetsboek, barrière 6).\n\nDe les: toets eerst of de urgentie echt gevoeld wordt (schetsboek, les 1).",
            [1], [6], 6);
        var meerwijk = Reflect(
            "Meerwijk: warmtenet, nieuw riool en klimaatadaptieve straat", "dirk", ReflectionKind.WhatDidNotWork,
            "Twee aanlegsnelheden en eigen raamcontracten",
            "Riool en warmtenet hebben een verschillende aanlegsnelheid, en elke partij heeft eigen raamcontracten met aannemers: de aannemer van de gemeente mag niet zomaar ook het warmtenet voor de netbeheerder aanleggen (schetsboek, barrière 5).\n\nMisschien moeten we accepteren dat koppelen hier praktisch niet altijd mogelijk is (schetsboek, les 2).",
            [2], [1, 5], 3);
        db.Reflections.AddRange(terheijden, mozart, asbestos, meerwijk);
        await db.SaveChangesAsync(cancellationToken);

        Comment Say(Reflection on, string author, string body, int days) => new(on.Id, people[author], body, markdown.ToSafeHtml(body), Ago(days));
        db.Comments.AddRange(
            Say(terheijden, "eva", "Herkenbaar! Hoe krijg je zo'n projectteam op de been als iedereen het er al druk mee heeft?", 18),
            Say(terheijden, "carla", "Het schetsboek zegt er niet meer over dan dat het veel moeite kostte. Wie een aanpak heeft die werkte: graag hier.", 17),
            Say(mozart, "fatima", "Mooi voorbeeld van *vind elkaar in elkaars verschillende belangen* (les 5).", 10));
        db.Recognitions.AddRange(
            new Recognition(terheijden.Id, people["anne"], Ago(19)),
            new Recognition(terheijden.Id, people["dirk"], Ago(15)),
            new Recognition(terheijden.Id, people["fatima"], Ago(14)),
            new Recognition(mozart.Id, people["dirk"], Ago(11)));

        var meerwijkExperiment = experiments["Meerwijk: warmtenet, nieuw riool en klimaatadaptieve straat"];
        var planning = new LearningQuestion(meerwijkExperiment.MunicipalityId, meerwijkExperiment.Id, "Hoe krijgen we riool, warmte en klimaatadaptatie in één planning?", Visibility.Public, [1, 5], ["underground", "climate-adaptation"], people["dirk"], Ago(9));
        planning.LinkAnswer(terheijden.Id, people["dirk"], Ago(2));
        var tilburg = experiments["Mozartflat: inductie koken bij betonrotrenovatie"].MunicipalityId;
        var owners = new LearningQuestion(tilburg, null, "Hoe bereiken we eigenaar-bewoners?", Visibility.Public, [6], ["renovation"], people["anne"], Ago(25));
        owners.Reformulate("Hoe bereiken we eigenaar-bewoners die geen urgentie voelen om te isoleren?", "Het gaat niet om bereik, maar om urgentie (schetsboek, les 1).", people["bram"], Ago(8));
        var asbestosQuestion = new LearningQuestion(tilburg, experiments["PAW-wijk: asbestsanering als aanleiding om te isoleren"].Id, "Kan een asbestsanering de aanleiding zijn om te isoleren?", Visibility.Public, [6], ["renovation"], people["bram"], Ago(30));
        asbestosQuestion.LinkAnswer(asbestos.Id, people["bram"], Ago(5));
        asbestosQuestion.MarkAnswered("Niet vanzelf: de urgentie voor het saneren van asbest ontbrak bij deze bewoners (schetsboek, les 1).", people["bram"], Ago(5));
        var drimmelen = experiments["Terheijden: warmtenet samen met rioolvervanging"].MunicipalityId;
        var costs = new LearningQuestion(drimmelen, null, "Wie betaalt de meerkosten als we werkzaamheden koppelen?", Visibility.Network, [4], ["underground"], people["carla"], Ago(4));
        db.LearningQuestions.AddRange(planning, owners, asbestosQuestion, costs);

        db.Follows.AddRange(
            new Follow(people["fatima"], FollowKind.Barrier, "6", Ago(21)),
            new Follow(people["fatima"], FollowKind.Lesson, "2", Ago(21)),
            new Follow(people["eva"], FollowKind.Theme, "climate-adaptation", Ago(21)),
            new Follow(people["anne"], FollowKind.Barrier, "6", Ago(21)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
