using LearningNetwork.Domain.Common;

namespace LearningNetwork.Domain.Taxonomy;

/// <summary>A way past a barrier, or the question it leaves, as the schetsboek's section on that barrier gives it; an empty speaker is the schetsboek itself.</summary>
public sealed record BarrierDirection(int Barrier, LocalizedText Heading, QuoteText Quote);

/// <summary>
/// What the schetsboek's chapter on barriers says helps, or asks, for each barrier: a heading in the portal's words
/// and the schetsboek's own sentence. Checked against the project's copy of the schetsboek by a unit test.
/// </summary>
public static class SchetsboekDirections
{
    /// <summary>The schetsboek's own voice: no person is quoted.</summary>
    private const string Schetsboek = "";
    private const string Breda = "Mariélle Pieterse, gemeente Breda";

    public static IReadOnlyList<BarrierDirection> All() =>
    [
        new(1, new("Werk maken van het tekort aan vakmensen", "Turn the shortage of skilled workers into jobs"), new("Gelukkig wordt er ook gewerkt aan oplossingen, bijvoorbeeld door de verbinding te maken met het thema werkgelegenheid.", Schetsboek)),
        new(1, new("Social return in aanbestedingen", "Social return in tenders"), new("Gemeenten maar ook corporaties kunnen een percentage social return opnemen in aanbestedingen om mensen in de bijstand aan het werk te helpen. Maar in hoeverre kunnen we dit nu echt afdwingen bij corporaties, en hoe gaat dit in de praktijk werken?", Breda)),
        new(1, new("Van diensten naar producten, als uitwijk", "From services to products, as a fallback"), new("We zijn toen maar van het aanbieden van diensten naar het aanbieden van producten gegaan, terwijl we denken dat we daar minder mensen goed mee kunnen bereiken. Zonde.", Breda)),
        new(2, new("Neem de tijd voor samenwerking", "Take time for collaboration"), new("De tijd nemen voor samenwerking is belangrijk", Schetsboek)),
        new(3, new("Veranker het project in de organisatie", "Anchor the project in the organisation"), new("Het verankeren in de organisatie is dus nodig, waarbij het kan helpen om verschillende belangen af te stemmen", Schetsboek)),
        new(4, new("Stem de planningen af", "Align the schedules"), new("Het afstemmen van zulke planning is daarom essentieel.", Schetsboek)),
        new(4, new("Stem de communicatie naar bewoners af", "Align how you talk to residents"), new("Ook bij communicatie is afstemming cruciaal.", Schetsboek)),
        new(4, new("Reken door wat elk scenario voor wie kost", "Work out what each scenario costs whom"), new("Een les is dus om goed door te rekenen wat elk scenario voor wie hoeveel gaat kosten en opleveren.", "ambtenaar P, gemeente Apeldoorn")),
        new(5, new("De kernvraag: flexibiliteit in raamcontracten", "The key question: flexibility in framework contracts"), new("Een kernvraag om dit oplossen is dus: hoe organiseer je flexibiliteit als je raamcontracten in de markt zet?", Schetsboek)),
        new(6, new("Sluit aan bij wat leeft en begin waar energie zit", "Connect with what matters and start where the energy is"), new("Het goed aansluiten bij wat er leeft onder bewoners en te starten waar energie zit kan helpen", Schetsboek)),
        new(7, new("De vraag van eerlijkheid", "The question of fairness"), new("Is het eerlijk dat zij hier niet altijd betaald voor krijgen, ook al doen zij waardevol werk?", Schetsboek)),
        new(7, new("De gemeente zelf in de wijk", "The municipality itself in the neighbourhood"), new("Ook kan de gemeente een deel van het werk van vrijwilligers zelf ook oppakken, door bijvoorbeeld zelf fysiek aanwezig te zijn in de wijk", Schetsboek)),
    ];

    public static IReadOnlyList<BarrierDirection> For(int barrier) => [.. All().Where(d => d.Barrier == barrier)];
}
