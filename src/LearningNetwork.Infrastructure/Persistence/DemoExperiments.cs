using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;

namespace LearningNetwork.Infrastructure.Persistence;

/// <summary>
/// The schetsboek's example projects (taxonomy.json, <c>example_experiments</c>) as Public experiments of their
/// municipalities, for trying the portal in Development. Barrier and lesson numbers follow the schetsboek's own
/// cross-references; states are "encountered" and "helped: yes", since the schetsboek says no more.
/// </summary>
internal static class DemoExperiments
{
    public const string StalledReason = "Het eerdere energieteam werd bij een reorganisatie opgeheven.";

    public static IReadOnlyList<Example> All { get; } =
    [
        new("GM1719", "Terheijden", "Terheijden: warmtenet samen met rioolvervanging", "Het warmtenet is aangelegd tegelijk met de vervanging van het riool, zodat de straat maar één keer open hoefde.", ExperimentStatus.Realised, new DateOnly(2019, 1, 1), ["underground"], [1, 2, 5], [2]),
        new("GM0392", "Meerwijk", "Meerwijk: warmtenet, nieuw riool en klimaatadaptieve straat", "Plan om een warmtenet te koppelen aan een nieuwe rioolindeling en een klimaatadaptieve herinrichting van de straat. Riool en warmtenet blijken een verschillend aanlegtempo te hebben.", ExperimentStatus.Preparing, null, ["underground", "climate-adaptation"], [1, 2, 5], [2, 11]),
        new("GM0363", "Banne-Noord", "Banne-Noord: warmtenet in samenhang met de ondergrond", "Het warmtenet wordt niet los aangelegd maar afgestemd met energieleverancier, netbeheerder, waterbedrijf en gemeentelijke afdelingen, omdat riool en bodem zijn verzakt.", ExperimentStatus.Preparing, null, ["underground"], [], [2]),
        new("GM0200", null, "Erfgoedwoningen op een middentemperatuur-warmtenet", "Erfgoedwoningen die niet aan de buitenkant geïsoleerd kunnen worden, krijgen samen met woningcorporaties een warmtenet van 70 graden.", ExperimentStatus.Realised, null, ["renovation"], [4, 6], [2, 9]),
        new("GM0855", "Mozartflat", "Mozartflat: inductie koken bij betonrotrenovatie", "In een VvE-flat met ruim 200 woningen is koken op inductie ingevoerd samen met triple glas en de renovatie van balkons met betonrot.", ExperimentStatus.Realised, null, ["renovation"], [4], [5]),
        new("GM0855", "PAW-wijk", "PAW-wijk: asbestsanering als aanleiding om te isoleren", "Asbestsanering bij 24 particuliere woningen met label C werd de haak om te isoleren; 18 woningen deden mee, klaar voor maar nog niet van het aardgas af.", ExperimentStatus.Realised, null, ["renovation"], [6], [1, 11]),
        new("GM1924", null, "Nieuwe warmte met koeling en straatbomen tegen hittestress", "Idee om nieuwe warmtevoorziening te combineren met koeling en bomen in de straat tegen hittestress.", ExperimentStatus.Idea, null, ["climate-adaptation"], [1], [4, 7]),
        new("GM0983", null, "Aardgasvrije modelwoning met klimaatadaptieve tuin", "Studenten richtten de aardgasvrije modelwoning in met een klimaatadaptieve groene tuin om bewoners te inspireren.", ExperimentStatus.Running, null, ["climate-adaptation"], [1], [4, 9]),
        new("GM0758", null, "Mensen in de bijstand opleiden tot monteur", "Mensen in de bijstand worden opgeleid tot monteur voor de energietransitie; een eerder energieteam van mensen met een afstand tot de arbeidsmarkt werd bij een reorganisatie opgeheven.", ExperimentStatus.Stalled, null, ["employment", "energy-poverty"], [1, 3], []),
        new("GM0855", null, "Klimaatklussers", "Vooral gepensioneerde vrijwilligers helpen bewoners thuis energiebesparende maatregelen te nemen.", ExperimentStatus.Running, null, ["employment"], [3], []),
        new("GM1924", null, "Gratis energiecoaching bij betalingsachterstand", "Huishoudens met een achterstand op de energierekening krijgen gratis energiecoaching: eerst snelle besparingen, later contracten en maatregelen voor de lange termijn.", ExperimentStatus.Running, null, ["energy-poverty"], [1], [4, 7]),
        new("GM0737", "Garyp", "Garyp: energiecoaches in de aardgasvrije transitie", "Energiecoaches helpen kwetsbare bewoners en worden opgeleid om een rol te spelen in de aardgasvrije transitie (samen met Achtkarspelen).", ExperimentStatus.Running, null, ["energy-poverty"], [2, 4, 7], [1, 6]),
        new("GM1719", null, "Windmolenopbrengst voor leefbaarheid", "Idee om de opbrengst van een lokale windmolen in te zetten voor de leefbaarheid: een voetbalveld, een buurtwinkel of groen.", ExperimentStatus.Idea, null, ["liveability"], [], []),
        new("GM0518", "Zuidwest", "Zuidwest: aardgasvrij samen met renovatie door corporaties", "Ongeveer 850 woningen worden aardgasvrij gemaakt samen met de renovatie door woningcorporaties; elke flat bleek anders.", ExperimentStatus.Running, null, ["renovation"], [], [10]),
    ];

    public sealed record Example(string CbsCode, string? Place, string Title, string Summary, ExperimentStatus Status, DateOnly? Start, string[] Themes, int[] Barriers, int[] Lessons)
    {
        public ExperimentDetails Details() => new(
            Title,
            null,
            Place,
            Summary,
            null,
            Start,
            null,
            null,
            Visibility.Public,
            Themes,
            [],
            Barriers.Select(b => new BarrierDetails(b, BarrierState.Encountered, null)).ToList(),
            Lessons.Select(l => new LessonDetails(l, LessonHelped.Yes, null)).ToList());
    }
}
