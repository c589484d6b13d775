using LearningNetwork.Domain.Common;

namespace LearningNetwork.Domain.Taxonomy;

/// <summary>
/// One question the schetsboek leaves open: the question in the portal's words, the schetsboek's own sentence that
/// asks it (word for word, with who asks it; an empty speaker is the schetsboek itself), where it stands, and the
/// municipalities, themes, barriers and lessons the schetsboek ties to that passage. A unit test checks all of it
/// against the project's copy of the schetsboek (docs/source).
/// </summary>
public sealed record SchetsboekQuestion(
    string Key,
    int SortOrder,
    LocalizedText Text,
    QuoteText Quote,
    LocalizedText Where,
    string[] CbsCodes,
    string[] Themes,
    int[] Barriers,
    int[] Lessons);

/// <summary>The open questions of the Schetsboek koppelkansen: the network's starting learning agenda.</summary>
public static class SchetsboekQuestions
{
    private const string Schetsboek = "";
    private const string Breda = "Mariélle Pieterse, gemeente Breda";

    public static IReadOnlyList<SchetsboekQuestion> All() =>
    [
        new(
            "raamcontracten-flexibiliteit", 1,
            new("Hoe organiseer je flexibiliteit als je raamcontracten in de markt zet?", "How do you organise flexibility when you put framework contracts out to tender?"),
            new("Een kernvraag om dit oplossen is dus: hoe organiseer je flexibiliteit als je raamcontracten in de markt zet?", Schetsboek),
            Barrier(5, "Bestaande raamcontracten", "Existing framework contracts"),
            ["GM0392"], ["underground"], [5], []),
        new(
            "social-return-afdwingen", 2,
            new("In hoeverre kunnen we social return afdwingen bij corporaties, en hoe werkt dat in de praktijk?", "To what extent can we enforce social return with housing corporations, and how does that work in practice?"),
            new("Gemeenten maar ook corporaties kunnen een percentage social return opnemen in aanbestedingen om mensen in de bijstand aan het werk te helpen. Maar in hoeverre kunnen we dit nu echt afdwingen bij corporaties, en hoe gaat dit in de praktijk werken?", Breda),
            Barrier(1, "Te weinig capaciteit", "Too little capacity"),
            ["GM0758"], ["employment"], [1], []),
        new(
            "scenario-kosten-opbrengsten", 3,
            new("Wat gaat elk scenario voor wie hoeveel kosten en opleveren?", "What will each scenario cost and yield, and for whom?"),
            new("Een les is dus om goed door te rekenen wat elk scenario voor wie hoeveel gaat kosten en opleveren.", "ambtenaar P, gemeente Apeldoorn"),
            Barrier(4, "Verschillen tussen externe samenwerkingspartners", "Differences between external partners"),
            ["GM0200"], [], [4], []),
        new(
            "urgentie-eigenaren", 4,
            new("Waar zit de urgentie voor woningeigenaren, als er aan hun woning weinig te renoveren valt en het hun veel geld kost?", "Where is the urgency for home owners, when there is little to renovate in their home and it costs them a lot of money?"),
            new("Er is niet zo heel veel te renoveren bij een label C woning, en het kost die woningeigenaren best veel geld. Waar zit dan de urgentie voor de eigenaren?", "Inge van Beek, gemeente Tilburg"),
            Barrier(6, "Bewoners voelen geen urgentie", "Residents feel no urgency"),
            ["GM0855"], ["renovation"], [6], [1, 6, 8, 11]),
        new(
            "vrijwillig-of-betaald", 5,
            new("Wanneer is werken aan koppelingen in de aardgasvrije opgave vrijwillig, en wanneer betaald?", "When is working on couplings in the natural-gas-free task voluntary, and when is it paid?"),
            new("Een dilemma voor sommige gemeenten is de vraag wanneer werken aan koppelingen in de aardgasvrije opgave vrijwillig is, en wanneer betaald?", Schetsboek),
            Barrier(7, "Betrekken van bewoners: vrijwillig of betaald?", "Involving residents: voluntary or paid?"),
            [], [], [7], [9]),
        new(
            "eerlijk-onbetaald", 6,
            new("Is het eerlijk dat bewoners niet altijd betaald krijgen voor het waardevolle werk dat ze in de energietransitie doen?", "Is it fair that residents are not always paid for the valuable work they do in the energy transition?"),
            new("Is het eerlijk dat zij hier niet altijd betaald voor krijgen, ook al doen zij waardevol werk?", Schetsboek),
            Barrier(7, "Betrekken van bewoners: vrijwillig of betaald?", "Involving residents: voluntary or paid?"),
            [], [], [7], [9]),
        new(
            "rol-bewoners-uitvoering", 7,
            new("Welke rol krijgen bewoners wanneer het van plannen maken naar uitvoeren gaat?", "What role do residents get when the work moves from making plans to carrying them out?"),
            new("En bovendien, naast het werken aan plannen moeten we ook daadwerkelijk aan de slag. Welke rol krijgen de bewoners hierin?", "ambtenaar H, gemeente Haarlem"),
            Barrier(7, "Betrekken van bewoners: vrijwillig of betaald?", "Involving residents: voluntary or paid?"),
            ["GM0392"], [], [7], [9]),
        new(
            "opleiding-of-werk", 8,
            new("Hoe maak je van de werkzaamheden voor de aardgasvrije opgave ook een opleiding of werk voor mensen in je gemeente?", "How do you turn the works for the natural-gas-free task into training or jobs for people in your municipality as well?"),
            new("Wat als je van deze werkzaamheden ook een opleiding of werk voor mensen in je gemeente kan maken?", Schetsboek),
            new("Hoofdstuk 1, Vijf voorbeelden van koppelkansen: 4. Werkgelegenheid", "Chapter 1, Five examples of coupling opportunities: 4. Employment"),
            [], ["employment"], [], []),
        new(
            "afbakening-opgaven", 9,
            new("Waar houdt de ene opgave op en begint de andere, als je integraal werkt?", "Where does one task end and the next begin, when you work in an integrated way?"),
            new("Waar houdt de ene opgave op en start de ander?", Schetsboek),
            Lesson(3, "Start & houd focus", "Start and keep focus"),
            [], [], [], [3]),
        new(
            "bewonersperspectief", 10,
            new("Wat zouden bewoners graag van de gemeente horen, en hoe willen ze benaderd worden?", "What would residents like to hear from the municipality, and how do they want to be approached?"),
            new("wat zou je dan graag van de gemeente willen horen en hoe wil je benaderd worden?", Schetsboek),
            Lesson(11, "Beredeneer vanuit bewonersperspectief", "Reason from the residents' perspective"),
            [], [], [], [11]),
    ];

    public static SchetsboekQuestion? Find(string key) => All().SingleOrDefault(q => q.Key == key);

    private static LocalizedText Barrier(int number, string nl, string en) =>
        new($"Hoofdstuk 2, Barrière {number}: {nl}", $"Chapter 2, Barrier {number}: {en}");

    private static LocalizedText Lesson(int number, string nl, string en) =>
        new($"Hoofdstuk 3, Les {number}: {nl}", $"Chapter 3, Lesson {number}: {en}");
}
