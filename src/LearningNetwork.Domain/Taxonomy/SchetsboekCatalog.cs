using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Municipalities;

namespace LearningNetwork.Domain.Taxonomy;

/// <summary>The fixed knowledge model of the Schetsboek koppelkansen (DRIFT, 2022): its lessons, barriers, coupling themes and municipalities, as seed data.</summary>
public static class SchetsboekCatalog
{
    public static IReadOnlyList<Lesson> Lessons() =>
    [
        new Lesson(
            1,
            LessonGroup.Starting,
            new LocalizedText("Begin waar urgentie & energie zit", "Start where urgency and energy are"),
            new LocalizedText(
                "Zoek de plekken in je gemeente waar bewoners, collega's of partners al enthousiast zijn of waar een probleem echt knelt, en sluit daarbij aan. Wie duwt waar weinig beweging zit, raakt zelf uitgeput. Toets vooraf of de urgentie die je veronderstelt ook echt gevoeld wordt: in Tilburg bleek asbestsanering als aanleiding om te verduurzamen minder te leven dan gedacht.",
                "Look for the places in your municipality where residents, colleagues or partners are already enthusiastic or where a problem really pinches, and connect with that. Pushing where little is moving only wears you out. Check beforehand whether the urgency you assume is actually felt: in Tilburg, asbestos removal turned out to be a weaker reason to make homes sustainable than expected.")),
        new Lesson(
            2,
            LessonGroup.ExternalPartners,
            new LocalizedText("Neem de tijd voor samenwerking", "Take time for collaboration"),
            new LocalizedText(
                "Samenwerken met andere afdelingen en externe partijen vraagt meer tijd dan je vooraf inschat. Planningen moeten op elkaar aansluiten en partijen moeten elkaars taal leren spreken. Reken daarom op een ruime doorlooptijd: Amsterdam ontdekte dat tien jaar voor een wijk van 2.500 woningen realistischer is dan twee, zodat eigenaren op een natuurlijk moment kunnen overstappen.",
                "Working with other departments and external parties takes more time than you expect. Schedules have to fit together and parties need to learn to speak each other's language. So plan for a generous lead time: Amsterdam found that ten years is more realistic than two for a neighbourhood of 2,500 homes, so that owners can switch at a natural moment.")),
        new Lesson(
            3,
            LessonGroup.Starting,
            new LocalizedText("Start & houd focus", "Start and keep focus"),
            new LocalizedText(
                "Integraal werken betekent niet dat je alles tegelijk moet oppakken. Wie elke opgave wil meenemen, blijft makkelijk hangen in overleg en plannen maken. Kies een helder doel, ga aan de slag en grijp onderweg de koppelkansen die voorbijkomen, zonder het groter en moeilijker te maken dan nodig. Het advies uit Venlo: begin gewoon.",
                "Working integrally does not mean taking on everything at once. If you try to include every task, you easily get stuck in meetings and making plans. Choose a clear goal, get started and seize the coupling opportunities that come along the way, without making things bigger and harder than necessary. The advice from Venlo: just begin.")),
        new Lesson(
            4,
            LessonGroup.Residents,
            new LocalizedText("Bewoners zien één gemeente", "Residents see one municipality"),
            new LocalizedText(
                "Voor bewoners bestaat de gemeente niet uit afdelingen met elk een eigen opgave. Op het niveau van de straat of de woning vallen vraagstukken als warmte, koeling en groen gewoon samen. Treed daarom op als één gemeente, voorkom losse participatietrajecten per domein en neem ook vragen serieus die niet over aardgasvrij gaan: juist die openen vaak het gesprek.",
                "To residents, the municipality is not a set of departments that each have their own task. At the level of the street or the home, issues such as heating, cooling and greenery simply come together. So act as one municipality, avoid separate participation processes per domain, and also take questions that are not about going natural-gas-free seriously: those are often what open the conversation.")),
        new Lesson(
            5,
            LessonGroup.ExternalPartners,
            new LocalizedText("Vind elkaar in elkaars verschillende belangen", "Find common ground in each other's interests"),
            new LocalizedText(
                "Een koppelkans komt alleen van de grond als de belangen en plannen van de betrokken partijen op elkaar aansluiten. Breng daarom in beeld wat elke partij wil en wanneer, en laat zien dat afstemming iedereen iets oplevert. In Amsterdam maakte een gezamenlijk processchema voor alle partners zichtbaar welke woningen wanneer aan de beurt zijn en wat er tegelijk kan gebeuren.",
                "A coupling opportunity only gets off the ground when the interests and plans of the parties involved fit together. So map out what each party wants and when, and show that coordination benefits everyone. In Amsterdam, a shared process chart for all partners made visible which homes are due when and what can happen at the same time.")),
        new Lesson(
            6,
            LessonGroup.Residents,
            new LocalizedText("Bouw vertrouwen en vaardigheden op", "Build trust and skills"),
            new LocalizedText(
                "Koppelen vraagt om samenwerking met nieuwe mensen en om een andere rol van de ambtenaar: buiten de vaste procedures durven werken, je bescheiden opstellen en goed luisteren naar bewoners. Begin klein, bijvoorbeeld met een eenvoudige actie op een evenement. Een geslaagd klein project kun je laten zien en wekt binnen en buiten de gemeente het vertrouwen dat nodig is voor grotere stappen.",
                "Coupling requires working with new people and a different role for the civil servant: daring to work outside the usual procedures, being modest and listening well to residents. Start small, for example with a simple action at an event. A successful small project is something you can show, and it builds the trust inside and outside the municipality that larger steps need.")),
        new Lesson(
            7,
            LessonGroup.Internal,
            new LocalizedText("Balanceer tussen flexibiliteit en duidelijkheid", "Balance flexibility and clarity"),
            new LocalizedText(
                "Richting bewoners is het zaak ruimte te laten en die ruimte te bewaken, zodat eigen initiatieven en lokale koppelingen kunnen ontstaan; kom dus niet met kant-en-klare plannen. Binnen de gemeente werkt juist het omgekeerde: kader de vraag in en maak haar concreet, bijvoorbeeld met duidelijke processtappen, zodat collega's weten wat er van hen verwacht wordt.",
                "Towards residents, the point is to leave room and protect that room, so that their own initiatives and local couplings can emerge; so do not arrive with ready-made plans. Inside the municipality the opposite works: frame the request and make it concrete, for example with clear process steps, so that colleagues know what is expected of them.")),
        new Lesson(
            8,
            LessonGroup.Residents,
            new LocalizedText("Maak onderscheid tussen bewoners", "Distinguish between groups of residents"),
            new LocalizedText(
                "Spreek niet over 'de bewoners' als één groep. Huiseigenaren, huurders en leden van een VvE hebben elk hun eigen belangen en beslissen over andere dingen. Als je je aanpak en boodschap op een specifieke groep afstemt, doen meer mensen mee. Amsterdam benaderde in een wijk bewust alleen eigenaren, omdat zij over de warmte-installatie van hun woning gaan.",
                "Do not talk about 'the residents' as one group. Homeowners, tenants and members of an owners' association each have their own interests and decide about different things. If you tailor your approach and message to a specific group, more people take part. In one neighbourhood Amsterdam deliberately approached only owners, because they decide on the heating installation of their home.")),
        new Lesson(
            9,
            LessonGroup.Residents,
            new LocalizedText("Wees fysiek aanwezig in de wijk", "Be physically present in the neighbourhood"),
            new LocalizedText(
                "Door zelf in de wijk te zijn, begrijp je wat er speelt, ontdek je koppelkansen en zie je wie je kunt betrekken. Vergader eens in de buurt, open een voorbeeldwoning of fiets met een collega door de straten. Vaak zijn het kleine wensen, zoals in Haarlem een mooier transformatorhuisje, die enthousiasme voor de energietransitie losmaken.",
                "Being in the neighbourhood yourself helps you understand what is going on, discover coupling opportunities and see whom you can involve. Hold a meeting in the area, open a model home or cycle through the streets with a colleague. Often it is small wishes, such as a nicer-looking transformer kiosk in Haarlem, that spark enthusiasm for the energy transition.")),
        new Lesson(
            10,
            LessonGroup.Residents,
            new LocalizedText("Koppelen is maatwerk", "Coupling is tailor-made work"),
            new LocalizedText(
                "Een woning aardgasvrij maken betekent dat je achter de voordeur moet komen, en daar is elke situatie anders. Bewoners hebben verschillende wensen, zorgen en redenen om niet mee te doen. Zorg dat je goed weet wat voor wie werkt. In Den Haag Zuidwest bleek bij de renovatie van zo'n 850 woningen dat geen flat en geen woning hetzelfde is.",
                "Making a home natural-gas-free means getting behind the front door, and every situation there is different. Residents have different wishes, concerns and reasons not to take part. Make sure you know well what works for whom. In Zuidwest in The Hague, the renovation of some 850 homes showed that no two flats or homes are the same.")),
        new Lesson(
            11,
            LessonGroup.Residents,
            new LocalizedText("Beredeneer vanuit bewonersperspectief", "Reason from the residents' perspective"),
            new LocalizedText(
                "Wat voor professionals vanzelfsprekend is, is dat voor bewoners vaak niet. Vraag je af wat je als bewoner zou willen horen: duidelijkheid over je woning, je portemonnee en de overlast. Kies je woorden zorgvuldig, want termen als 'proeftuin' of 'experiment' wekken weerstand. Amsterdam maakte de opgave concreet met energiebespaarrapporten en kosten per jaar.",
                "What is obvious to professionals often is not to residents. Ask yourself what you would want to hear as a resident: clarity about your home, your wallet and the disruption. Choose your words with care, because terms such as 'pilot area' or 'experiment' provoke resistance. Amsterdam made the task concrete with energy-saving reports and costs per year.")),
    ];

    public static IReadOnlyList<Barrier> Barriers() =>
    [
        new Barrier(
            1,
            new LocalizedText("Te weinig capaciteit: vertraging en onbenutte koppelkansen", "Too little capacity: delays and missed coupling opportunities"),
            new LocalizedText(
                "Zowel in de gemeente als bij uitvoerende partijen ontbreekt vaak de menskracht om opgaven te koppelen. Intern kost het veel tijd om afdelingen bij elkaar te brengen, terwijl koppelen voor collega's bovenop het gewone werk komt. Bij aannemers en netbeheerders zijn er tekorten aan personeel en materiaal, waardoor werk vertraagt en kansen blijven liggen. Breda merkte dat de markt een regeling voor energiebesparing niet kon uitvoeren.",
                "Both within the municipality and at implementing parties there is often too little manpower to couple tasks. Internally it takes a lot of time to bring departments together, while coupling comes on top of colleagues' regular work. Contractors and grid operators face shortages of staff and materials, so work is delayed and opportunities are missed. Breda found that the market could not carry out an energy-saving scheme."),
            []),
        new Barrier(
            2,
            new LocalizedText("Verschillende manieren van denken en doen binnen gemeente: samenwerking is lastig", "Different ways of thinking and working inside the municipality"),
            new LocalizedText(
                "Afdelingen werken vaak vanuit hun eigen beleid, doelen, tempo en cultuur: waar de ene afdeling vooral wil uitvoeren, wil de andere eerst analyseren. Het fysieke en het sociale domein kennen elkaar in de praktijk nauwelijks, en het is lastig te weten wie je moet aanhaken. Door die verkokering komt integrale samenwerking moeizaam op gang. Tijd nemen voor samenwerking en elkaars belangen leren kennen helpt.",
                "Departments often work from their own policies, targets, pace and culture: where one department mainly wants to get things done, another first wants to analyse. In practice the physical and social domains hardly know each other, and it is hard to know whom to involve. Because of these silos, integrated collaboration is slow to get going. Taking time for collaboration and getting to know each other's interests helps."),
            [2, 5]),
        new Barrier(
            3,
            new LocalizedText("Lastig: mooie projecten in organisatie verankeren", "Hard to anchor good projects in the organisation"),
            new LocalizedText(
                "Een geslaagde koppeling blijft niet vanzelf bestaan. Als een project leunt op één trekker en niemand anders is ingewerkt, kan het na een pensionering, een reorganisatie of een budgetkeuze van het management zomaar verdwijnen. Zo verdween in Breda een energieteam van mensen met afstand tot de arbeidsmarkt, terwijl het nu juist hard nodig is. Stem belangen tijdig af, zodat een project een vaste plek in de organisatie krijgt.",
                "A successful coupling does not last by itself. If a project leans on one driving force and nobody else has been trained to take over, it can simply disappear after a retirement, a reorganisation or a management budget decision. In Breda, for instance, an energy team of people distant from the labour market disappeared, while it is now badly needed. Align interests in good time, so that a project gets a permanent place in the organisation."),
            [5]),
        new Barrier(
            4,
            new LocalizedText("Verschillen tussen externe samenwerkingspartners: lastig samenwerken", "Differences between external partners: hard to work together"),
            new LocalizedText(
                "Ook met organisaties buiten de gemeente, zoals woningcorporaties, energiecoöperaties en stichtingen, gaat samenwerken niet vanzelf, omdat ieder een eigen werkwijze en cultuur heeft. Het helpt om op drie punten af te stemmen: planningen en budgetten, die vaak niet op elkaar aansluiten; de communicatie naar bewoners, die formeel of juist open kan zijn; en de belangen, bijvoorbeeld wie in welk scenario welke kosten draagt.",
                "Collaboration with organisations outside the municipality, such as housing corporations, energy cooperatives and foundations, does not come naturally either, because each has its own way of working and culture. It helps to align on three points: schedules and budgets, which often do not match; communication towards residents, which can be formal or open; and interests, for example who bears which costs in which scenario."),
            [2]),
        new Barrier(
            5,
            new LocalizedText("Bestaande raamcontracten: koppelen juridisch soms onmogelijk", "Existing framework contracts: coupling sometimes legally impossible"),
            new LocalizedText(
                "Elke organisatie werkt met eigen raamcontracten met aannemers. Daardoor mag de aannemer die voor de gemeente de straat openlegt, bijvoorbeeld voor glasvezel, niet zomaar ook het warmtenet voor de netbeheerder aanleggen. Zulke juridische knopen ontwarren kost tijd die er vaak niet is, zoals Haarlem ervoer. De kernvraag is hoe je flexibiliteit inbouwt wanneer je nieuwe raamcontracten aanbesteedt.",
                "Each organisation works with its own framework contracts with contractors. As a result, the contractor that opens the street for the municipality, for example for fibre, may not simply also lay the heat network for the grid operator. Untangling such legal knots takes time that is often not available, as Haarlem found. The key question is how to build in flexibility when you tender new framework contracts."),
            []),
        new Barrier(
            6,
            new LocalizedText("Bewoners voelen geen urgentie: vertraging", "Residents feel no urgency: delays"),
            new LocalizedText(
                "Een koppeling die voor de gemeente logisch is, voelt voor bewoners niet altijd urgent. Eigenaren van redelijk zuinige woningen zien weinig reden om te investeren, en soms lopen bewoners tegen financiële of praktische problemen op die de gemeente niet kan wegnemen. In Apeldoorn bleef zolderisolatie bijvoorbeeld liggen omdat oudere bewoners hun volle zolder niet leeg konden halen. Sluit daarom aan bij wat bewoners zelf belangrijk vinden en begin waar energie zit.",
                "A coupling that makes sense to the municipality does not always feel urgent to residents. Owners of reasonably efficient homes see little reason to invest, and sometimes residents run into financial or practical problems that the municipality cannot remove. In Apeldoorn, for example, attic insulation stalled because older residents could not clear their full attics. So connect with what residents themselves find important and start where the energy is."),
            [1, 6, 8, 11]),
        new Barrier(
            7,
            new LocalizedText("Betrekken van bewoners: vrijwillig of betaald?", "Involving residents: voluntary or paid?"),
            new LocalizedText(
                "Nu de energietransitie steeds meer van onderop moet komen, vraagt zij ook steeds meer tijd van bewoners. Actieve bewoners in meedenk- en meewerkgroepen hebben het al druk, en rollen als ambassadeur, coach of projectleider zijn veel om onbetaald te vragen. Vrijwilligers kunnen een capaciteitstekort opvangen, maar betalen kost geld. De gemeente kan ook zelf werk oppakken door aanwezig te zijn in de wijk.",
                "As the energy transition increasingly has to come from the bottom up, it also asks more and more time of residents. Active residents in advisory and working groups are already busy, and roles such as ambassador, coach or project leader are a lot to ask without pay. Volunteers can absorb a capacity shortage, but paying them costs money. The municipality can also take on work itself by being present in the neighbourhood."),
            [9]),
    ];

    public static IReadOnlyList<CouplingTheme> Themes() =>
    [
        new CouplingTheme(
            "underground",
            1,
            ThemeDomain.Physical,
            new LocalizedText("Ondergrond: aanleg warmtenet koppelen aan andere werkzaamheden", "Underground: coupling heat-network construction with other works"),
            new LocalizedText(
                "Als de straat toch open moet, bijvoorbeeld voor vervanging van de riolering, kun je het warmtenet in dezelfde ronde aanleggen. Zo gaat de grond maar één keer open, wat kosten en overlast scheelt. Drimmelen deed dit in 2019 in Terheijden; Amsterdam stemt in Banne-Noord het werk in de ondergrond af met energieleverancier, netbeheerder en waterbedrijf. Let wel op verschillen in aanlegtempo en contracten.",
                "If the street has to be opened anyway, for example to replace the sewer, you can lay the heat network in the same round of works. That way the ground is opened only once, which saves money and disruption. Drimmelen did this in Terheijden in 2019; in Banne-Noord, Amsterdam coordinates the underground works with the energy supplier, grid operator and water company. Do watch out for differences in construction speed and contracts.")),
        new CouplingTheme(
            "renovation",
            2,
            ThemeDomain.Physical,
            new LocalizedText("Renovatiewerkzaamheden gebouwde omgeving (asbest, betonrot, erfgoed, etc.)", "Renovation of the built environment (asbestos, concrete rot, heritage, ...)"),
            new LocalizedText(
                "Bij renovatie van woningen, zoals het aanpakken van betonrot, asbest of erfgoed, kun je isoleren en aardgasvrij maken meenemen. Maak daarbij onderscheid tussen erfgoed, VvE-flats en particuliere woningen. In Tilburg ging inductiekoken in een VvE-flat samen met nieuwe balkons en triple glas; in Apeldoorn kwam de gemeente voor erfgoedwoningen die niet aan de buitenkant geïsoleerd kunnen worden uit op een middentemperatuurwarmtenet.",
                "When homes are renovated, for example to deal with concrete rot, asbestos or heritage, you can include insulation and going natural-gas-free. Distinguish between heritage, owners' association flats and private homes. In Tilburg, induction cooking in an owners' association flat went together with new balconies and triple glazing; in Apeldoorn, for heritage homes that cannot be insulated on the outside, the municipality arrived at a medium-temperature heat network.")),
        new CouplingTheme(
            "climate-adaptation",
            3,
            ThemeDomain.Physical,
            new LocalizedText("Klimaatadaptatie, vergroenen van de straat", "Climate adaptation, greening the street"),
            new LocalizedText(
                "Wanneer de ondergrond opengaat voor een warmtenet, kun je de straat daarna klimaatbestendig en groener terugleggen. Bomen en groen verminderen hittestress, en een nieuwe warmtevoorziening kan mogelijk ook koelen. Goeree-Overflakkee verkent deze combinatie van warmte en koeling; in Venlo richtten studenten de aardgasvrije modelwoning in met een groene, klimaatadaptieve tuin.",
                "When the ground is opened for a heat network, you can restore the street afterwards in a climate-resilient and greener way. Trees and greenery reduce heat stress, and a new heat supply may also be able to provide cooling. Goeree-Overflakkee is exploring this combination of heating and cooling; in Venlo, students furnished the natural-gas-free model home with a green, climate-adaptive garden.")),
        new CouplingTheme(
            "employment",
            4,
            ThemeDomain.Social,
            new LocalizedText("Werkgelegenheid", "Employment"),
            new LocalizedText(
                "De energietransitie vraagt veel technische vakmensen, en die zijn schaars. Je kunt het werk in wijken en woningen benutten om inwoners op te leiden en aan een baan te helpen, bijvoorbeeld mensen in de bijstand. Breda probeert dit, maar merkt dat begeleiding en flexibele werkgevers nodig zijn. Voorbeelden elders zijn opleidingstrajecten in Utrecht, Schiedam en Rotterdam en de Klimaatklussers in Tilburg.",
                "The energy transition needs many skilled technicians, and they are scarce. You can use the work in neighbourhoods and homes to train residents and help them into a job, for example people on social assistance. Breda is trying this, but finds that guidance and flexible employers are needed. Examples elsewhere include training programmes in Utrecht, Schiedam and Rotterdam and the Klimaatklussers in Tilburg.")),
        new CouplingTheme(
            "liveability",
            5,
            ThemeDomain.Social,
            new LocalizedText("Leefbaarheid verhogen: voorzieningen aanbieden", "Improving liveability: providing amenities"),
            new LocalizedText(
                "De aardgasvrije opgave kan ook bijdragen aan een prettiger buurt, door er voorzieningen aan te koppelen. Denk aan opbrengsten van lokale energieprojecten die terugvloeien naar de wijk. In Drimmelen is verkend hoe de opbrengst van een lokale windmolen kan worden ingezet voor bijvoorbeeld een voetbalveld, een buurtsuper of meer groen.",
                "The natural-gas-free task can also contribute to a more pleasant neighbourhood by linking amenities to it. Think of revenues from local energy projects flowing back into the neighbourhood. Drimmelen explored how the revenue of a local wind turbine could be used for, for example, a football pitch, a neighbourhood shop or more greenery.")),
        new CouplingTheme(
            "energy-poverty",
            6,
            ThemeDomain.Social,
            new LocalizedText("(Energie)armoede tegengaan", "Tackling (energy) poverty"),
            new LocalizedText(
                "Bijna een miljoen huishoudens geven naar verhouding veel van hun inkomen uit aan energie en zijn gevoelig voor de gevolgen van de energietransitie. Door armoedebeleid en de aardgasvrije opgave te verbinden, voorkom je dat zij achterblijven. Goeree-Overflakkee biedt huishoudens met een betalingsachterstand gratis energiecoaching; Tytsjerksteradiel en Achtkarspelen willen met energiecoaches mensen helpen en hen opleiden voor een rol in de overstap.",
                "Nearly a million households spend a relatively large share of their income on energy and are sensitive to the effects of the energy transition. By connecting poverty policy with the natural-gas-free task, you prevent them from being left behind. Goeree-Overflakkee offers free energy coaching to households with payment arrears; Tytsjerksteradiel and Achtkarspelen want to help people with energy coaches and train them for a role in the switch.")),
        new CouplingTheme(
            "circular-economy",
            7,
            ThemeDomain.Social,
            new LocalizedText("Circulaire economie", "Circular economy"),
            new LocalizedText(
                "De overstap naar aardgasvrij kan samengaan met circulaire principes, zoals delen, huren en hergebruiken in plaats van kopen. Dat kan tegelijk energiearmoede helpen voorkomen. Een voorbeeld komt uit Antwerpen, waar mensen in armoede energiezuinige huishoudtoestellen huren in plaats van ze aan te schaffen. In het bureauonderzoek kwam deze koppeling nog weinig naar voren.",
                "The switch to natural-gas-free can go together with circular principles, such as sharing, renting and reusing instead of buying. This can also help prevent energy poverty. One example comes from Antwerp, where people in poverty rent energy-efficient household appliances instead of buying them. In the desk research this coupling came up only rarely.")),
        new CouplingTheme(
            "future-proof-housing",
            8,
            ThemeDomain.Physical,
            new LocalizedText("Toekomstbestendig wonen", "Future-proof housing"),
            new LocalizedText(
                "Aardgasvrij maken kan onderdeel zijn van een breder gesprek over hoe bewoners in de toekomst willen wonen. Door woonbehoeften en de warmteopgave samen te bekijken, sluit de aanpak beter aan bij wat mensen nodig hebben. In de Noordelijke Meent in Hilversum keken bewoners en woningcorporaties samen hoe woningen toekomstbestendig kunnen worden; ook Sittard wordt als voorbeeld genoemd.",
                "Going natural-gas-free can be part of a broader conversation about how residents want to live in the future. By looking at housing needs and the heat transition together, the approach fits better with what people need. In the Noordelijke Meent in Hilversum, residents and housing corporations looked together at how homes can become future-proof; Sittard is also mentioned as an example.")),
    ];

    public static IReadOnlyList<Municipality> Municipalities() =>
    [
        new Municipality("Achtkarspelen", "GM0059", Province.Fryslan),
        new Municipality("Amsterdam", "GM0363", Province.NoordHolland),
        new Municipality("Apeldoorn", "GM0200", Province.Gelderland),
        new Municipality("Breda", "GM0758", Province.NoordBrabant),
        new Municipality("Den Haag", "GM0518", Province.ZuidHolland),
        new Municipality("Drimmelen", "GM1719", Province.NoordBrabant),
        new Municipality("Goeree-Overflakkee", "GM1924", Province.ZuidHolland),
        new Municipality("Haarlem", "GM0392", Province.NoordHolland),
        new Municipality("Tilburg", "GM0855", Province.NoordBrabant),
        new Municipality("Tytsjerksteradiel", "GM0737", Province.Fryslan),
        new Municipality("Venlo", "GM0983", Province.Limburg),
        new Municipality("Groningen", "GM0014", Province.Groningen),
        new Municipality("Utrecht", "GM0344", Province.Utrecht),
        new Municipality("Rotterdam", "GM0599", Province.ZuidHolland),
        new Municipality("Schiedam", "GM0606", Province.ZuidHolland),
        new Municipality("Sittard-Geleen", "GM1883", Province.Limburg),
        new Municipality("Hilversum", "GM0402", Province.NoordHolland),
    ];

    /// <summary>
    /// How the schetsboek knows a municipality of <see cref="Municipalities"/>: its officials were interviewed, or it is
    /// named only from the literature it read (Table 1). Null for any other municipality.
    /// </summary>
    public static SchetsboekStanding? StandingOf(string cbsCode) => cbsCode switch
    {
        "GM0059" or "GM0363" or "GM0200" or "GM0758" or "GM0518" or "GM1719" or "GM1924" or "GM0392" or "GM0855" or "GM0737" or "GM0983" => new SchetsboekStanding(Interviewed: true, null),
        "GM1883" => new SchetsboekStanding(
            Interviewed: false,
            new LocalizedText("Tabel 1 noemt Sittard als voorbeeldgemeente bij de koppelkans Toekomstbestendig wonen, zonder een project te beschrijven.", "Table 1 names Sittard as an example municipality for the coupling theme Future-proof housing, without describing a project.")),
        "GM0014" or "GM0344" or "GM0599" or "GM0606" or "GM0402" => new SchetsboekStanding(Interviewed: false, null),
        _ => null,
    };
}

/// <summary>Whether the schetsboek spoke with a municipality or only names it from the literature, and what more it says.</summary>
public sealed record SchetsboekStanding(bool Interviewed, LocalizedText? Note);
