using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;

namespace LearningNetwork.Infrastructure.Persistence;

/// <summary>
/// The schetsboek's examples as projects of their municipalities, for trying the portal in Development. Only what
/// the schetsboek says: no start date it does not give (it says "in 2019", not a day), barriers overcome only where
/// it tells how, lessons "helped" only where it says so and "learned by its absence" where it was learned by
/// failing, a status no further than the schetsboek's own verb ("kwam uit op" is a choice, "willen" an intention).
/// Each barrier note and status reason says where in the schetsboek it stands.
/// </summary>
internal static class DemoExperiments
{
    public static IReadOnlyList<Example> All { get; } =
    [
        new(
            "drimmelen-terheijden", "GM1719", "Terheijden", "Terheijden: warmtenet samen met rioolvervanging",
            "In 2019 is in Terheijden de aanleg van het warmtenet gecombineerd met het vervangen van de riolering. Het idee: als het riool toch vervangen moet worden, doe dan alles tegelijk, zodat de grond maar één keer open hoeft.",
            ExperimentStatus.Realised, ["underground"],
            [
                new(1, BarrierState.Overcome, "Intern een projectteam optuigen kostte veel moeite, omdat het koppelen voor mensen bovenop hun werk kwam; het werk is in 2019 uitgevoerd (schetsboek, barrière 1; het jaar: Tabel 1)."),
                new(2, BarrierState.Encountered, null),
            ],
            [new(2, LessonHelped.NotYetKnown, null)],
            StartYear: 2019),
        new(
            "haarlem-meerwijk", "GM0392", "Meerwijk", "Meerwijk: warmtenet, nieuw riool en klimaatadaptieve straat",
            "Plan om een warmtenet te koppelen aan een nieuwe inrichting van het riool en het klimaatadaptief terugleggen van de straat. Riool en warmtenet blijken een verschillende aanlegsnelheid te hebben.",
            ExperimentStatus.Preparing, ["underground", "climate-adaptation"],
            [
                new(1, BarrierState.StillBlocking, "Bij de uitvoerende partijen is een tekort aan personeel en spullen; de wachtlijst voor transformatoren is 1,5 jaar (schetsboek, barrière 1)."),
                new(2, BarrierState.Encountered, null),
                new(5, BarrierState.StillBlocking, "Bestaande raamcontracten: de aannemer van de gemeente mag niet zomaar ook het warmtenet voor de netbeheerder aanleggen (schetsboek, barrière 5)."),
            ],
            [new(2, LessonHelped.NotYetKnown, "Misschien moeten we accepteren dat er andere doorlooptijden zijn, of dat het koppelen praktisch niet mogelijk is (schetsboek, les 2)."), new(11, LessonHelped.NotYetKnown, null)]),
        new(
            "amsterdam-banne-noord", "GM0363", "Banne-Noord", "Banne-Noord: warmtenet in samenhang met de ondergrond",
            "Riolering en grond waren verzakt. Het warmtenet wordt niet los aangelegd maar afgestemd met een energieleverancier, de netbeheerder, een waterleverancier en verschillende afdelingen van de gemeente.",
            ExperimentStatus.Preparing, ["underground"],
            [new(4, BarrierState.Overcome, "Eén proces voor alle samenwerkende partijen, 'Wijken Aardgasvrij Maken' (WAM!): iedereen weet nu welke woningen wanneer worden aangesloten en kijkt mee wat er gelijktijdig kan gebeuren (schetsboek, les 5: ambtenaar A van Amsterdam, met dezelfde partners als in Banne-Noord).")],
            [new(2, LessonHelped.NotYetKnown, null), new(5, LessonHelped.Yes, "Aan de tekentafel zitten nu een energieleverancier, netbeheerder, waterleverancier en afdelingen van de gemeente (schetsboek, les 5, over Amsterdam).")]),
        new(
            "apeldoorn-erfgoed", "GM0200", null, "Erfgoedwoningen op een middentemperatuur-warmtenet",
            "Erfgoedwoningen die niet aan de buitenkant geïsoleerd kunnen worden: de gemeente kwam uit op een warmtenet van 70 graden. In Tabel 1 staat de renovatie van erfgoed als samen met woningcorporaties gecombineerd met isolatie.",
            ExperimentStatus.Preparing, ["renovation"],
            [
                new(4, BarrierState.Encountered, "Als je integraal werkt, loop je ertegenaan dat diverse organisaties andere prioriteiten hebben (schetsboek, barrière 4)."),
                new(6, BarrierState.Encountered, null),
            ],
            [new(2, LessonHelped.NotYetKnown, null), new(9, LessonHelped.NotYetKnown, null)]),
        new(
            "tilburg-mozartflat", "GM0855", "Mozartflat", "Mozartflat: inductie koken bij betonrotrenovatie",
            "In een VvE-flat met meer dan 200 woningen, aangesloten op stadsverwarming maar nog met kookgas, is koken op inductie geïntroduceerd samen met driedubbel glas en de renovatie van de balkons.",
            ExperimentStatus.Running, ["renovation"],
            [new(4, BarrierState.Overcome, "De VvE had zelf een grote renovatie van gevels en balkons; die hebben gemeente en VvE samen opgepakt (schetsboek, Hoofdstuk 1, voorbeeld 2. Renovatiewerkzaamheden).")],
            [new(5, LessonHelped.NotYetKnown, null)]),
        new(
            "tilburg-paw-wijk", "GM0855", "PAW-wijk", "PAW-wijk: asbestsanering als aanleiding om te isoleren",
            "Tilburg probeerde eigenaren van label C-woningen tot isolatie aan te zetten door het te koppelen aan het verwijderen van asbest. Volgens het schetsboek tevergeefs: de urgentie werd weinig gevoeld en relatief weinig eigenaren gingen mee. Uiteindelijk gingen nog wel 18 woningen aan de slag met verduurzaming en asbest, maar ze zijn nog niet van het aardgas af (schetsboek, les 1).",
            ExperimentStatus.Stopped, ["renovation"],
            [new(6, BarrierState.StillBlocking, "De urgentie van de asbestverwijdering en de aardgasvrije opgave werd weinig gevoeld; eigenaren verwachtten een financiële bijdrage die de gemeente niet had (schetsboek, barrière 6).")],
            [new(1, LessonHelped.LearnedByAbsence, "De urgentie voor het saneren van asbest ontbrak bij deze bewoners; volgende keer kijken we beter naar de urgentie die echt aanwezig is (schetsboek, les 1).")],
            "Relatief weinig eigenaren gingen mee in het renovatieplan (schetsboek, barrière 6)."),
        new(
            "goeree-overflakkee-koeling", "GM1924", null, "Nieuwe warmte met koeling en straatbomen tegen hittestress",
            "Verkenning: nieuwe warmtevoorziening combineren met koeling, en bomen in de straat tegen hittestress.",
            ExperimentStatus.Idea, ["climate-adaptation"],
            [new(1, BarrierState.Encountered, null)],
            [new(4, LessonHelped.NotYetKnown, null), new(7, LessonHelped.NotYetKnown, null)]),
        new(
            "venlo-modelwoning", "GM0983", null, "Aardgasvrije modelwoning met klimaatadaptieve tuin",
            "Studenten richtten de aardgasvrije modelwoning in de buurt klimaatadaptief in met een groene tuin, om bewoners te inspireren. Hoe de koppeling in de uitvoering vorm krijgt, is nog zoeken.",
            ExperimentStatus.Running, ["climate-adaptation"],
            [new(1, BarrierState.Encountered, null)],
            [new(4, LessonHelped.NotYetKnown, null), new(9, LessonHelped.NotYetKnown, null)]),
        new(
            "breda-bijstand", "GM0758", null, "Mensen in de bijstand omscholen tot technische vakmensen",
            "Breda wil mensen uit de bijstand helpen zich om te scholen tot technische vakmensen voor de energietransitie. De koppeling blijkt makkelijker gezegd dan gedaan.",
            ExperimentStatus.Stalled, ["employment"],
            [
                new(1, BarrierState.StillBlocking, "Drukbezette uitvoeringsbedrijven kunnen de begeleiding niet altijd geven (schetsboek, barrière 1)."),
                new(3, BarrierState.Encountered, null),
            ],
            [],
            "Er is begeleiding nodig die de drukbezette uitvoeringsbedrijven niet altijd geven; daarom is de koppeling om het personeelsprobleem zo op te lossen in de praktijk niet te maken (schetsboek, barrière 1)."),
        new(
            "tilburg-klimaatklussers", "GM0855", null, "Klimaatklussers",
            "Meestal gepensioneerde vrijwilligers komen thuis helpen om energiebesparende maatregelen te nemen, zoals isoleren.",
            ExperimentStatus.Running, ["employment"],
            [],
            []),
        new(
            "goeree-overflakkee-energiecoaching", "GM1924", null, "Gratis energiecoaching bij betalingsachterstand",
            "Huishoudens met een achterstand op de energierekening krijgen gratis energiecoaching: eerst besparingen op korte termijn, dan meekijken naar de lange termijn, zoals contracten.",
            ExperimentStatus.Running, ["energy-poverty"],
            [new(1, BarrierState.Encountered, null)],
            [new(4, LessonHelped.NotYetKnown, null), new(7, LessonHelped.NotYetKnown, null)]),
        new(
            "tytsjerksteradiel-achtkarspelen-energiecoaches", "GM0737", null, "Energiecoaches tegen energiearmoede (voornemen, samen met Achtkarspelen)",
            "Tytsjerksteradiel en Achtkarspelen willen samen met energiecoaches mensen helpen die het moeilijker hebben, en hen ook opleiden om een rol te vervullen binnen aardgasvrij. Een gezamenlijk voornemen.",
            ExperimentStatus.Idea, ["energy-poverty"],
            [new(2, BarrierState.Encountered, null), new(4, BarrierState.Encountered, null), new(7, BarrierState.Encountered, null)],
            [new(1, LessonHelped.NotYetKnown, null), new(6, LessonHelped.NotYetKnown, null)]),
        new(
            "drimmelen-windmolen", "GM1719", null, "Windmolenopbrengst voor leefbaarheid",
            "Verkend: de opbrengst van een lokale windmolen inzetten voor de leefbaarheid van de buurt, bijvoorbeeld een voetbalveld, een buurtsuper of groen.",
            ExperimentStatus.Idea, ["liveability"],
            [],
            []),
        new(
            "den-haag-zuidwest", "GM0518", "Zuidwest", "Zuidwest: aardgasvrij samen met renovatie door corporaties",
            "Samen met de woningcorporaties is in Zuidwest aardgasvrij gekoppeld aan renovatie, voor in totaal zo'n 850 woningen; elke flat en elke woning bleek weer anders.",
            ExperimentStatus.Running, ["renovation"],
            [],
            [new(10, LessonHelped.LearnedByAbsence, "Tijdens de uitvoering liepen we ook tegen allerlei knelpunten op die we niet hadden voorzien (schetsboek, les 10).")]),
    ];

    public sealed record DemoBarrier(int Number, BarrierState State, string? Note);

    public sealed record DemoLesson(int Number, LessonHelped Outcome, string? Note);

    /// <summary>
    /// One project, the schetsboek's example <paramref name="ExampleKey"/> claimed by its municipality;
    /// <paramref name="StatusReason"/> is the schetsboek's reason when the status needs one, <paramref name="StartYear"/>
    /// the year it gives.
    /// </summary>
    public sealed record Example(string ExampleKey, string CbsCode, string? Place, string Title, string Summary, ExperimentStatus Status, string[] Themes, DemoBarrier[] Barriers, DemoLesson[] Lessons, string? StatusReason = null, int? StartYear = null)
    {
        public ExperimentDetails Details(int sourcedExampleId) => new(
            Title,
            null,
            Place,
            Summary,
            null,
            StartYear is { } year ? new DateOnly(year, 1, 1) : null,
            null,
            null,
            Visibility.Public,
            Themes,
            [],
            [.. Barriers.Select(b => new BarrierDetails(b.Number, b.State, b.Note))],
            [.. Lessons.Select(l => new LessonDetails(l.Number, l.Outcome, l.Note))],
            StartPrecision: DatePrecision.Year,
            SourcedExampleId: sourcedExampleId);
    }
}
