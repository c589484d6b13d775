using LearningNetwork.Domain.Common;

namespace LearningNetwork.Domain.Taxonomy;

/// <summary>The schetsboek's own words and who said them, as the schetsboek names them.</summary>
public sealed record QuoteText(string Text, string Speaker);

/// <summary>
/// One example as the schetsboek gives it. <see cref="Passage"/> is a sentence of the schetsboek, word for word,
/// that locates it; the links are those of the schetsboek's own cross-reference (<see cref="Reference"/>) or of a
/// barrier's or lesson's section that names the municipality. A unit test checks all of it against the project's
/// copy of the schetsboek (docs/source).
/// </summary>
public sealed record SchetsboekExample(
    string Key,
    int SortOrder,
    string[] CbsCodes,
    string? Place,
    ExampleSource Source,
    LocalizedText Title,
    LocalizedText Summary,
    LocalizedText Where,
    string Passage,
    string? Reference,
    string? SourceUrl,
    string[] Themes,
    int[] Barriers,
    int[] Lessons,
    QuoteText[] Quotes);

/// <summary>The examples of the Schetsboek koppelkansen (DRIFT, 2022): its five worked examples and Table 1.</summary>
public static class SchetsboekExamples
{
    private static readonly LocalizedText Underground = new("Hoofdstuk 1, Vijf voorbeelden van koppelkansen: 1. Ondergrond", "Chapter 1, Five examples of coupling opportunities: 1. Underground");
    private static readonly LocalizedText Renovation = new("Hoofdstuk 1, Vijf voorbeelden van koppelkansen: 2. Renovatiewerkzaamheden", "Chapter 1, Five examples of coupling opportunities: 2. Renovation works");
    private static readonly LocalizedText Climate = new("Hoofdstuk 1, Vijf voorbeelden van koppelkansen: 3. Klimaatadaptatie & vergroening", "Chapter 1, Five examples of coupling opportunities: 3. Climate adaptation and greening");
    private static readonly LocalizedText Employment = new("Hoofdstuk 1, Vijf voorbeelden van koppelkansen: 4. Werkgelegenheid", "Chapter 1, Five examples of coupling opportunities: 4. Employment");
    private static readonly LocalizedText Poverty = new("Hoofdstuk 1, Vijf voorbeelden van koppelkansen: 5. Armoede", "Chapter 1, Five examples of coupling opportunities: 5. Poverty");
    private static readonly LocalizedText Table1 = new("Hoofdstuk 1, Tabel 1: Voorbeelden van koppelkansen", "Chapter 1, Table 1: Examples of coupling opportunities");
    private static readonly LocalizedText Lesson10 = new("Hoofdstuk 3, Les 10: Koppelen is maatwerk", "Chapter 3, Lesson 10: Coupling is tailor-made work");

    public static IReadOnlyList<SchetsboekExample> All() =>
    [
        new(
            "drimmelen-terheijden", 1, ["GM1719"], "Terheijden", ExampleSource.Interview,
            new("Terheijden: warmtenet tegelijk met de vervanging van het riool", "Terheijden: heat network laid together with the sewer replacement"),
            new(
                "In de wijk Terheijden is in 2019 de aanleg van het warmtenet gecombineerd met het vervangen van de riolering. De gedachte van de gemeente: als het riool toch vervangen moet worden, doe dan alles tegelijk, zodat de grond maar één keer open hoeft. Intern een projectteam optuigen kostte wel veel moeite, omdat het koppelen voor mensen bovenop hun werk kwam.",
                "In the Terheijden neighbourhood, laying the heat network was combined with replacing the sewer in 2019. The municipality's idea: if the sewer has to be replaced anyway, do everything at once, so the ground is opened only once. Setting up an internal project team did take a lot of effort, because coupling came on top of people's work."),
            Underground,
            "dan doen we alles tegelijk,” aldus ambtenaar R van de gemeente Drimmelen.",
            "(zie ook barriéres 1, 2 en 5; les 2)",
            null,
            ["underground"], [1, 2], [2],
            [
                new("De gemeente dacht, het riool moet vervangen worden, dan doen we alles tegelijk", "ambtenaar R, gemeente Drimmelen"),
                new("Het kost heel veel moeite om intern een projectteam op te tuigen, omdat [het benutten van koppelkansen] er voor mensen bovenop komt.", "ambtenaar R, gemeente Drimmelen"),
            ]),
        new(
            "haarlem-meerwijk", 2, ["GM0392"], "Meerwijk", ExampleSource.Interview,
            new("Meerwijk: warmtenet, nieuw riool en een klimaatadaptieve straat", "Meerwijk: heat network, new sewer and a climate-adaptive street"),
            new(
                "Haarlem maakt voor de wijk Meerwijk een plan om een warmtenet te koppelen aan een nieuwe inrichting van het riool en aan het klimaatadaptief terugleggen van de straat. Riool en warmtenet blijken een verschillende aanlegsnelheid te hebben, en bestaande raamcontracten maken het juridisch soms onmogelijk dat één aannemer beide aanlegt.",
                "For the Meerwijk neighbourhood, Haarlem is making a plan to couple a heat network to a new sewer layout and to restoring the street in a climate-adaptive way. Sewer and heat network turn out to be built at different speeds, and existing framework contracts can make it legally impossible for one contractor to lay both."),
            Underground,
            "In de wijk Meerwijk zijn we aan de slag met een plan voor een warmtenet",
            "(zie ook barriéres 1, 2 en 5; les 2)",
            null,
            ["underground", "climate-adaptation"], [1, 2, 5], [2, 11],
            [
                new("We komen er nu al achter dat het aanleggen van een riool en warmtenet twee verschillende aanlegsnelheden heeft, dat maakt het lastig de twee aan elkaar te knopen.", "ambtenaar H, gemeente Haarlem"),
                new("Misschien moeten we accepteren dat er andere doorlooptijden zijn, of dat het koppelen praktisch niet mogelijk is.", "ambtenaar H, gemeente Haarlem"),
            ]),
        new(
            "amsterdam-banne-noord", 3, ["GM0363"], "Banne-Noord", ExampleSource.Interview,
            new("Banne-Noord: het warmtenet afgestemd met alle werk in de ondergrond", "Banne-Noord: the heat network coordinated with all work underground"),
            new(
                "In Banne-Noord waren riolering en grond verzakt en waren er problemen met de afvoer van regenwater. Het warmtenet wordt daar niet als losstaand werk aangelegd: samen met een energieleverancier, de netbeheerder, een waterleverancier en verschillende afdelingen van de gemeente stemt Amsterdam de ingrepen in de ondergrond op elkaar af.",
                "In Banne-Noord the sewer and the soil had subsided and rainwater drainage was a problem. The heat network is not laid there as a stand-alone work: together with an energy supplier, the grid operator, a water supplier and several municipal departments, Amsterdam coordinates the works underground."),
            Underground,
            "In Amsterdam wordt deze koppeling gemaakt in de wijk Banne-Noord",
            "(zie ook les 2)",
            null,
            ["underground"], [], [2],
            [new("Als je dan toch iets in de openbare ruimte gaat doen moet je het combineren.", "ambtenaar A, gemeente Amsterdam")]),
        new(
            "apeldoorn-erfgoed", 4, ["GM0200"], null, ExampleSource.Interview,
            new("Erfgoedwoningen en een warmtenet van 70 graden", "Heritage homes and a 70-degree heat network"),
            new(
                "Apeldoorn koppelt erfgoedbescherming aan de aardgasvrije opgave. Oude erfgoedwoningen zijn aan de binnenkant moeilijk te isoleren, en isoleren aan de buitenkant verandert hun uiterlijk. Als oplossing kwam de gemeente uit op een middentemperatuurwarmtenet van 70 graden.",
                "Apeldoorn couples heritage protection to the natural-gas-free task. Old heritage homes are hard to insulate on the inside, and insulating them on the outside changes their appearance. As a solution, the municipality arrived at a medium-temperature heat network of 70 degrees."),
            Renovation,
            "In Apeldoorn wordt er een koppeling gemaakt tussen erfgoedbescherming en de aardgasvrije opgave.",
            "(zie ook barriéres 4 en 6; lessen 2 en 9)",
            null,
            ["renovation"], [4, 6], [2, 9],
            [new("Als oplossing zijn we uitgekomen op een warmtenet van 70 graden.", "ambtenaar P, gemeente Apeldoorn")]),
        new(
            "tilburg-mozartflat", 5, ["GM0855"], "Mozartflat", ExampleSource.Interview,
            new("Mozartflat: koken op inductie bij de renovatie van een VvE-flat", "Mozartflat: induction cooking with the renovation of an owners' association flat"),
            new(
                "De VvE Mozartflat, met meer dan 200 woningen, was aangesloten op stadsverwarming maar kookte nog op gas. De VvE had ook een grote technische renovatie van gevels en balkons voor de boeg. De gemeente pakte die samen op: koken op inductie kwam mee met driedubbel glas en de renovatie van de balkons.",
                "The Mozartflat owners' association, with more than 200 homes, was connected to district heating but still cooked on gas. It also faced a large technical renovation of facades and balconies. The municipality took these on together: induction cooking came along with triple glazing and the renovation of the balconies."),
            Renovation,
            "In de gemeente Tilburg is de aardgasvrije opgave gekoppeld aan het renoveren aan de VVE Mozartflat",
            "(zie ook barriere 4; les 5)",
            null,
            ["renovation"], [4], [5],
            [new("De vraag was hoe ga je mensen in de VVE motiveren om aardgasvrij te koken?", "Inge van Beek, gemeente Tilburg")]),
        new(
            "tilburg-paw-wijk", 6, ["GM0855"], "PAW-wijk", ExampleSource.Interview,
            new("PAW-wijk: asbestsanering als haakje om te isoleren", "PAW neighbourhood: asbestos removal as the hook for insulation"),
            new(
                "Tilburg probeerde eigenaar-bewoners van label C-woningen in de PAW-wijk tot isolatie aan te zetten door het te koppelen aan het verwijderen van asbest. Volgens het schetsboek tevergeefs: de urgentie werd weinig gevoeld, de eigenaren verwachtten een financiële bijdrage die de gemeente niet had, en relatief weinig eigenaren gingen mee in het renovatieplan. De les die Tilburg trok: kijk beter naar de urgentie die echt aanwezig is.",
                "Tilburg tried to get owner-occupiers of label C homes in the PAW neighbourhood to insulate by coupling it to asbestos removal. According to the schetsboek, in vain: little urgency was felt, the owners expected a financial contribution the municipality did not have, and relatively few owners joined the renovation plan. The lesson Tilburg drew: look harder at the urgency that is really there."),
            Renovation,
            "Tilburg heeft ook gekeken naar het koppelen van de aardgasvrije opgave aan renovatiewerkzaamheden van privé-woningbezit",
            "(zie ook barriére 6; les 1)",
            null,
            ["renovation"], [6], [1],
            [
                new("Het haakje bij deze groep woningen was asbest", "Inge van Beek, gemeente Tilburg"),
                new("Maar de urgentie voor het saneren van asbest ontbrak bij deze bewoners.", "Inge van Beek, gemeente Tilburg"),
                new("Uiteindelijk zijn er nog wel 18 woningen aan de slag gegaan met zowel verduurzaming als hun asbest.", "Inge van Beek, gemeente Tilburg"),
                new("De volgende keer kijken we dus beter naar de urgentie die ook echt aanwezig is.", "Inge van Beek, gemeente Tilburg"),
            ]),
        new(
            "goeree-overflakkee-koeling", 7, ["GM1924"], null, ExampleSource.Interview,
            new("Warmte en koeling: bomen en een nieuwe warmtevoorziening tegen hittestress", "Heating and cooling: trees and a new heat supply against heat stress"),
            new(
                "In Goeree-Overflakkee komen warmte en koeling bij elkaar: als de ondergrond opengaat, kan de wijk daarna vergroend worden tegen hittestress, en een nieuwe warmtevoorziening kan wellicht ook koelen. Een verkenning, nog geen project in uitvoering.",
                "In Goeree-Overflakkee heating and cooling come together: when the ground is opened, the neighbourhood can be greened afterwards against heat stress, and a new heat supply may also be able to cool. An exploration, not yet a project being carried out."),
            Climate,
            "In Goeree-Overflakkee komen op die manier warmte en koeling bij elkaar",
            "(zie ook barriére 1, lessen 4 en 7)",
            null,
            ["climate-adaptation"], [1], [4, 7],
            [new("Klimaatadaptatie kan helpen bij hittestress. Bomen verkoelen namelijk de straat of omgeving. Een nieuwe warmtevoorziening kan daarnaast wellicht ook ingezet worden om te koelen.", "Esther Slegh, gemeente Goeree-Overflakkee")]),
        new(
            "venlo-modelwoning", 8, ["GM0983"], null, ExampleSource.Interview,
            new("Een aardgasvrije modelwoning met een klimaatadaptieve tuin", "A natural-gas-free model home with a climate-adaptive garden"),
            new(
                "Studenten richtten de aardgasvrije modelwoning in de buurt klimaatadaptief in met een groene tuin, om bewoners alvast te inspireren. Hoe de koppeling tussen groen en water en de aardgasvrije opgave in de uitvoering vorm krijgt, is in Venlo nog zoeken.",
                "Students furnished the natural-gas-free model home in the neighbourhood with a green, climate-adaptive garden, to inspire residents. How the coupling between green and water and the natural-gas-free task takes shape in practice is still being worked out in Venlo."),
            Climate,
            "In de gemeente Venlo hebben ze ook al de eerste stappen gezet om deze koppelkans te benutten.",
            "(zie ook barriére 1; les 9)",
            null,
            ["climate-adaptation"], [1], [4, 9],
            [new("We lopen niet vast, maar de uitdaging is er wel.", "Peter Hopmans, gemeente Venlo")]),
        new(
            "breda-bijstand", 9, ["GM0758"], null, ExampleSource.Interview,
            new("Werk in de energietransitie voor mensen in de bijstand", "Work in the energy transition for people on social assistance"),
            new(
                "Breda wil mensen uit de bijstand helpen zich om te scholen tot technische vakmensen voor de energietransitie, en maakte bij aanbestedingen en vergunningen ruimte voor hen; daar wordt nog niet altijd gebruik van gemaakt. De koppeling bleek makkelijker gezegd dan gedaan: mensen hebben begeleiding nodig, die de drukbezette uitvoeringsbedrijven niet altijd kunnen geven, en daarom is zij in de praktijk niet te maken. Eerder verdween het Energieteam, van mensen met afstand tot de arbeidsmarkt, bij reorganisaties.",
                "Breda wants to help people on social assistance retrain as technicians for the energy transition, and made room for them in tenders and permits; that room is not always used yet. The coupling turned out easier said than done: people need guidance that busy contractors cannot always give, and so in practice it cannot be made. Earlier, the Energieteam of people distant from the labour market disappeared in reorganisations."),
            Employment,
            "De gemeente Breda probeert door middel van de bijstand werkgelegenheid te verbinden met de energietransitie.",
            "(zie ook barriere 3)",
            null,
            ["employment"], [1, 3], [],
            [
                new("Ik ben met deze vraag aan de slag gegaan, maar deze koppeling blijkt makkelijker gezegd dan gedaan.", "Mariélle Pieterse, gemeente Breda"),
                new("Dat is niet zo, en daarom is de koppeling om het personeelsprobleem zo op te lossen in de praktijk niet te maken.", "Mariélle Pieterse, gemeente Breda"),
                new("Door reorganisaties van sociale-werkvoorzieningsafdelingen, hebben we dat team te vroeg opgedoekt.", "Mariélle Pieterse, gemeente Breda"),
            ]),
        new(
            "tilburg-klimaatklussers", 10, ["GM0855"], null, ExampleSource.Interview,
            new("De Klimaatklussers", "The Klimaatklussers"),
            new(
                "In Tilburg proberen ze in het project de Klimaatklussers de verbinding met werk te maken. De stichting bestaat uit meestal gepensioneerde vrijwilligers die thuis komen helpen om energiebesparende maatregelen te nemen, zoals isoleren.",
                "In Tilburg, the Klimaatklussers project tries to make the link with work. The foundation consists mostly of retired volunteers who come to people's homes to help them take energy-saving measures, such as insulation."),
            Employment,
            "In de gemeente Tilburg proberen ze in het project de Klimaatklussers de verbinding met werk te maken.",
            "(zie ook barriere 3)",
            null,
            ["employment"], [3], [],
            []),
        new(
            "goeree-overflakkee-energiecoaching", 11, ["GM1924"], null, ExampleSource.Interview,
            new("Gratis energiecoaching bij een betalingsachterstand", "Free energy coaching for households in arrears"),
            new(
                "Collega's van het sociale domein ontdekten dat veel huishoudens met een betalingsachterstand vooral moeite hadden om de energierekening te betalen. Nu krijgen die huishoudens gratis energiecoaching: iemand komt langs met besparingen voor de korte termijn en kijkt mee naar de lange termijn, zoals contracten.",
                "Colleagues in the social domain discovered that many households in arrears mainly struggled to pay the energy bill. Now these households get free energy coaching: someone visits with savings for the short term and looks at the long term too, such as contracts."),
            Poverty,
            "Later ontdekten deze collega’s dat veel huishoudens met een betalingsachterstand vooral problemen hadden om de energierekening te betalen.",
            "(zie ook barriére 1; lessen 4 en 7)",
            null,
            ["energy-poverty"], [1], [4, 7],
            [new("Nu krijgen deze huishoudens gratis energie coaching: iemand komt langs die op korte termijn energiebesparende oplossingen geeft, en kijkt ook mee naar wat er gedaan kan worden op de lange termijn, zoals contracten.", "Esther Slegh, gemeente Goeree-Overflakkee")]),
        new(
            "tytsjerksteradiel-achtkarspelen-energiecoaches", 12, ["GM0737", "GM0059"], null, ExampleSource.Interview,
            new("Energiecoaches tegen energiearmoede (voornemen)", "Energy coaches against energy poverty (an intention)"),
            new(
                "Tytsjerksteradiel en Achtkarspelen willen samen voorkomen dat energiearmoede ontstaat en mensen een plek geven in de opgave. Met energiecoaches willen ze mensen helpen die het moeilijker hebben, en hen ook opleiden om een rol te vervullen binnen aardgasvrij. Een gezamenlijk voornemen van beide gemeenten.",
                "Tytsjerksteradiel and Achtkarspelen together want to prevent energy poverty and give people a place in the task. With energy coaches they want to help people who are worse off, and also train them to take on a role in going natural-gas-free. A joint intention of both municipalities."),
            Poverty,
            "Ook in Tytsjerksteradiel en Achtkarspelen proberen ze de koppeling met het thema armoede te maken",
            "(zie ook barriéres 2, 4 en 7; lessen 1 en 6)",
            null,
            ["energy-poverty"], [2, 4, 7], [1, 6],
            [new("Met energiecoaches willen we mensen helpen die het moeilijker hebben maar hen ook opleiden om een rol te vervullen binnen aardgasvrij.", "ambtenaar C, gemeenten Tytsjerksteradiel en Achtkarspelen")]),
        new(
            "drimmelen-windmolen", 13, ["GM1719"], null, ExampleSource.Interview,
            new("De opbrengst van een lokale windmolen voor de leefbaarheid", "The revenue of a local wind turbine for liveability"),
            new(
                "In Drimmelen is gekeken hoe de opbrengst van een lokale windmolen de leefbaarheid van de buurt kan verhogen, bijvoorbeeld met een nieuw voetbalveld, een buurtsuper of groenvoorziening.",
                "Drimmelen looked at how the revenue of a local wind turbine could improve the liveability of the neighbourhood, for example with a new football pitch, a neighbourhood shop or green space."),
            Table1,
            "In Drimmelen is met de opbrengst van een lokale windmolen gekeken hoe ze de leefbaarheid van de buurt kunnen verhogen",
            null,
            null,
            ["liveability"], [], [],
            []),
        new(
            "den-haag-zuidwest", 14, ["GM0518"], "Zuidwest", ExampleSource.Interview,
            new("Zuidwest: aardgasvrij samen met renovatie door woningcorporaties", "Zuidwest: natural-gas-free together with renovation by housing corporations"),
            new(
                "In samenwerking met de woningcorporaties in Zuidwest heeft Den Haag aardgasvrij gekoppeld aan renovatie van in totaal zo'n 850 woningen. Tijdens de uitvoering liep de gemeente tegen knelpunten aan die niet waren voorzien, zoals bewoners die de deur niet opendeden. Elke flat en elke woning bleek anders.",
                "Together with the housing corporations in Zuidwest, The Hague coupled going natural-gas-free to the renovation of some 850 homes in total. During the works the municipality ran into problems it had not foreseen, such as residents who did not open the door. Every flat and every home turned out to be different."),
            Lesson10,
            "In samenwerking met de woningcorporaties in Zuidwest",
            null,
            null,
            ["renovation"], [], [10],
            [new("Je moet voldoende scherp hebben wat voor wie werkt", "ambtenaar D, gemeente Den Haag")]),
        new(
            "groningen-selwerd", 15, ["GM0014"], "Selwerd", ExampleSource.Literature,
            new("Selwerd: een warmtenet en samen met bewoners de buurt vergroenen", "Selwerd: a heat network and greening the neighbourhood with residents"),
            new(
                "In Selwerd wordt de aanleg van een warmtenet gecombineerd met het initiatief om samen met bewoners de buurt te vergroenen.",
                "In Selwerd, building a heat network is combined with the initiative to green the neighbourhood together with residents."),
            Table1,
            "In Selwerd in Groningen wordt de aanleg van een warmtenet gecombineerd",
            null,
            "https://www.platform31.nl/uploads/media_item/media_item/156/33/Verduurzaming_Kwetsbare_Wijken_-_Inspiratiereeks_Opgaven_Verbinden_in_de_Wijk_-_Wijkbedrijf_Selwerd__meedoen_voor_jezelf__n_de_wijk__1_-1619082270.pdf",
            ["climate-adaptation"], [], [],
            []),
        new(
            "utrecht-overvecht-noord", 16, ["GM0344"], "Overvecht-Noord", ExampleSource.Literature,
            new("Technology Experience Centre: jongeren opgeleid tot technici", "Technology Experience Centre: young people trained as technicians"),
            new(
                "In het Technology Experience Centre in Overvecht-Noord worden jongeren opgeleid om te voorzien in de groeiende behoefte aan technici voor de energietransitie.",
                "At the Technology Experience Centre in Overvecht-Noord, young people are trained to meet the growing need for technicians for the energy transition."),
            Table1,
            "In het Technology Experience Centre in Overvecht-Noord in de gemeente",
            null,
            "https://www.platform31.nl/publicaties/betere-wijken-dankzij-de-energietransitie",
            ["employment"], [], [],
            []),
        new(
            "schiedam-kansenfabriek", 17, ["GM0606"], null, ExampleSource.Literature,
            new("De Kansenfabriek", "The Kansenfabriek"),
            new(
                "De Kansenfabriek in Schiedam is een van de opleidingstrajecten die worden opgezet om te voorzien in de behoefte aan technici voor de energietransitie.",
                "The Kansenfabriek in Schiedam is one of the training programmes set up to meet the need for technicians for the energy transition."),
            Table1,
            "zo ook de Kansenfabriek in Schiedam",
            null,
            "https://www.platform31.nl/publicaties/betere-wijken-dankzij-de-energietransitie",
            ["employment"], [], [],
            []),
        new(
            "venlo-civil", 18, ["GM0983"], null, ExampleSource.Literature,
            new("CIVIL: Centrum voor Innovatief Vakmanschap Installatietechniek Limburg", "CIVIL: a centre for innovative craftsmanship in installation technology"),
            new(
                "In Venlo startte de gemeente met CIVIL (Centrum voor Innovatief Vakmanschap Installatietechniek Limburg), een opleidingstraject voor technici in de energietransitie.",
                "In Venlo the municipality started CIVIL (Centre for Innovative Craftsmanship in Installation Technology Limburg), a training programme for technicians in the energy transition."),
            Table1,
            "In Venlo startte de gemeente met CIVIL",
            null,
            "https://aardgasvrijewijken.nl/themas/verbindenvanopgaven/infographic+verbinden+van+opgaven/werkgelegenheid/default.aspx",
            ["employment"], [], [],
            []),
        new(
            "rotterdam-wijkenergiewerkt", 19, ["GM0599"], null, ExampleSource.Literature,
            new("WijkenergieWerkt: opleiding en werk in de energietransitie", "WijkenergieWerkt: training and work in the energy transition"),
            new(
                "In Rotterdam probeert WijkenergieWerkt mensen uit de wijk op te leiden en werk te bieden in de energietransitie.",
                "In Rotterdam, WijkenergieWerkt tries to train people from the neighbourhood and offer them work in the energy transition."),
            Table1,
            "In Rotterdam probeert WijkenergieWerkt mensen",
            null,
            "https://bospoldertussendijken.nl/werk-in-de-energietransitie",
            ["employment"], [], [],
            []),
        new(
            "antwerpen-huishoudtoestellen", 20, [], "Antwerpen (België)", ExampleSource.Literature,
            new("Energiezuinige huishoudtoestellen huren in plaats van kopen", "Renting energy-efficient appliances instead of buying them"),
            new(
                "In Antwerpen zijn principes van de deeleconomie gecombineerd met de aardgasvrije opgave om energiearmoede te voorkomen: de gemeente Antwerpen, Samenlevingsopbouw West Vlaanderen en Bosch verhuren energiezuinige huishoudtoestellen aan mensen in armoede.",
                "In Antwerp, principles of the sharing economy were combined with the natural-gas-free task to prevent energy poverty: the city of Antwerp, Samenlevingsopbouw West Vlaanderen and Bosch rent energy-efficient household appliances to people in poverty."),
            Table1,
            "verhuren de gemeente Antwerpen, Samenlevingsopbouw West Vlaanderen en",
            null,
            "https://vlaanderen-circulair.be/nl/doeners-in-vlaanderen/detail-2/papillon",
            ["circular-economy"], [], [],
            []),
        new(
            "hilversum-noordelijke-meent", 21, ["GM0402"], "Noordelijke Meent", ExampleSource.Literature,
            new("Noordelijke Meent: samen kijken naar toekomstbestendig wonen", "Noordelijke Meent: looking together at future-proof housing"),
            new(
                "In de wijk Noordelijke Meent is samen met bewoners en woningcorporaties gekeken naar het toekomstbestendig maken van hun woning: naar de woonbehoefte van de bewoners én naar de aardgasvrije opgave.",
                "In the Noordelijke Meent neighbourhood, residents and housing corporations looked together at making their homes future-proof: at the residents' housing needs and at the natural-gas-free task."),
            Table1,
            "In de wijk Noordelijke Meent in Hilversum is samen met bewoners en",
            null,
            "https://www.topsectorenergie.nl/sites/default/files/uploads/Urban%20energy/kennisdossier/Wijkgerichte%20aanpak/TKI%20Urban%20Energy%20-%20De%20energietransitie%20als%20vliegwiel%20voor%20de%20transformatie%20van%20bestaande%20wijken.pdf",
            ["future-proof-housing"], [], [],
            []),
    ];
}
