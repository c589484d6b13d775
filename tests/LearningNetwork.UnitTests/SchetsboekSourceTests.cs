using System.Text.RegularExpressions;
using LearningNetwork.Domain.Taxonomy;
using LearningNetwork.TestKit;

namespace LearningNetwork.UnitTests;

/// <summary>
/// Everything the portal shows as the schetsboek's is checked against the project's copy of the schetsboek
/// (docs/source): quotes and passages occur in it word for word, and every link it attributes to the schetsboek
/// (barrier → lesson, example → barrier, lesson, theme, municipality) is one the schetsboek makes.
/// </summary>
public sealed partial class SchetsboekSourceTests
{
    private static readonly string Text = SchetsboekText.Normalised;

    /// <summary>The words that show a theme in a passage of the schetsboek.</summary>
    private static readonly Dictionary<string, string[]> ThemeWords = new()
    {
        ["underground"] = ["ondergrond", "riool", "riolering"],
        ["renovation"] = ["renovat"],
        ["climate-adaptation"] = ["klimaat", "groen"],
        ["employment"] = ["opgeleid", "opleid", "werk"],
        ["liveability"] = ["leefbaarheid"],
        ["energy-poverty"] = ["armoede"],
        ["circular-economy"] = ["deeleconomie", "circulair"],
        ["future-proof-housing"] = ["toekomstbestendig"],
    };

    /// <summary>Where an example stands: from one heading to the next, and the theme that section is about.</summary>
    private static readonly Dictionary<string, (string From, string To, string? Theme)> Sections = new()
    {
        ["Hoofdstuk 1, Vijf voorbeelden van koppelkansen: 1. Ondergrond"] = ("1. Ondergrond: Vervanging van riolering", "2. Renovatiewerkzaamheden", "underground"),
        ["Hoofdstuk 1, Vijf voorbeelden van koppelkansen: 2. Renovatiewerkzaamheden"] = ("2. Renovatiewerkzaamheden", "3. Klimaatadaptatie & vergroening", "renovation"),
        ["Hoofdstuk 1, Vijf voorbeelden van koppelkansen: 3. Klimaatadaptatie & vergroening"] = ("3. Klimaatadaptatie & vergroening", "4. Werkgelegenheid", "climate-adaptation"),
        ["Hoofdstuk 1, Vijf voorbeelden van koppelkansen: 4. Werkgelegenheid"] = ("4. Werkgelegenheid", "5. Armoede", "employment"),
        ["Hoofdstuk 1, Vijf voorbeelden van koppelkansen: 5. Armoede"] = ("5. Armoede", "Hoofdstuk 2: Barrieres", "energy-poverty"),
        ["Hoofdstuk 1, Tabel 1: Voorbeelden van koppelkansen"] = ("Tabel 1: Voorbeelden van koppelkansen", "Vijf voorbeelden van koppelkansen We illustreren", null),
        ["Hoofdstuk 3, Les 10: Koppelen is maatwerk"] = ("10. Koppelen is maatwerk", "11. Beredeneer vanuit bewonersperspectief", null),
    };

    public static TheoryData<string> Examples() => [.. SchetsboekExamples.All().Select(e => e.Key)];

    [Fact]
    public void The_examples_have_unique_keys_and_order_and_every_text_in_both_languages()
    {
        var examples = SchetsboekExamples.All();
        Assert.Equal(examples.Count, examples.Select(e => e.Key).Distinct().Count());
        Assert.Equal(examples.Count, examples.Select(e => e.SortOrder).Distinct().Count());
        Assert.All(examples, e => Assert.All(new[] { e.Title, e.Summary, e.Where }, t => Assert.False(string.IsNullOrWhiteSpace(t.Nl) || string.IsNullOrWhiteSpace(t.En), e.Key)));
        Assert.All(examples, e => Assert.True(e.CbsCodes.Length > 0 || e.Place is not null, e.Key));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void An_examples_quotes_passage_reference_and_source_occur_in_the_schetsboek_word_for_word(string key)
    {
        var example = SchetsboekExamples.All().Single(e => e.Key == key);
        Assert.Contains(Normalise(example.Passage), Text, StringComparison.Ordinal);
        Assert.All(example.Quotes, q => Assert.Contains(Normalise(q.Text), Text, StringComparison.Ordinal));
        if (example.Reference is not null)
        {
            Assert.Contains(Normalise(example.Reference), Text, StringComparison.Ordinal);
        }

        if (example.SourceUrl is not null)
        {
            Assert.Contains(example.SourceUrl, Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void An_example_stands_where_it_says_names_its_municipalities_there_and_is_about_its_themes(string key)
    {
        var example = SchetsboekExamples.All().Single(e => e.Key == key);
        var at = Text.IndexOf(Normalise(example.Passage), StringComparison.Ordinal);
        var (from, to, sectionTheme) = Sections[example.Where.Nl];
        var start = Text.IndexOf(from, StringComparison.Ordinal);
        var end = Text.IndexOf(to, start + from.Length, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"{key}: section '{from}' not found");
        Assert.InRange(at, start, end);

        var around = Text[Math.Max(0, at - 300)..Math.Min(Text.Length, at + 600)];
        var names = NamesOf(example);
        Assert.All(names, n => Assert.Contains(n, around, StringComparison.Ordinal));
        if (sectionTheme is not null)
        {
            Assert.Contains(sectionTheme, example.Themes);
        }

        Assert.All(example.Themes, t => Assert.True(ThemeWords[t].Any(w => around.Contains(w, StringComparison.OrdinalIgnoreCase)), $"{key}: nothing about {t} near the passage"));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void An_examples_barriers_and_lessons_are_the_schetsboeks_own_links(string key)
    {
        var example = SchetsboekExamples.All().Single(e => e.Key == key);
        var (referencedBarriers, referencedLessons) = Parse(example.Reference ?? string.Empty);
        var names = NamesOf(example);

        // Linked by the cross-reference after the passage, or by the barrier's or lesson's own section naming the municipality.
        Assert.All(example.Barriers, b => Assert.True(referencedBarriers.Contains(b) || names.Any(n => BarrierSection(b).Contains(n, StringComparison.Ordinal)), $"{key}: barrier {b} is not the schetsboek's link"));
        Assert.All(example.Lessons, l => Assert.True(referencedLessons.Contains(l) || names.Any(n => LessonSection(l).Contains(n, StringComparison.Ordinal)), $"{key}: lesson {l} is not the schetsboek's link"));
    }

    [Fact]
    public void Each_barriers_helpful_lessons_are_the_cross_references_in_its_section()
    {
        foreach (var barrier in SchetsboekCatalog.Barriers())
        {
            var referenced = ZieOok().Matches(BarrierSection(barrier.Number)).SelectMany(m => Parse(m.Value).Lessons).Distinct().Order();
            Assert.Equal(referenced, barrier.HelpfulLessons.Select(h => h.LessonNumber).Order());
        }
    }

    [Fact]
    public void Each_barriers_directions_are_the_schetsboeks_words_in_that_barriers_section()
    {
        Assert.All(SchetsboekDirections.All(), d => Assert.Contains(Normalise(d.Quote.Text), BarrierSection(d.Barrier), StringComparison.Ordinal));
        Assert.All(SchetsboekDirections.All(), d => Assert.False(string.IsNullOrWhiteSpace(d.Heading.Nl) || string.IsNullOrWhiteSpace(d.Heading.En)));
        Assert.Equal(3, SchetsboekDirections.For(1).Count);
        Assert.Contains(SchetsboekDirections.For(7), d => d.Quote.Text.StartsWith("Is het eerlijk", StringComparison.Ordinal));
    }

    [Fact]
    public void Municipalities_named_only_by_the_literature_are_in_table_1_and_the_interviewed_ones_are_quoted()
    {
        var (from, to, _) = Sections["Hoofdstuk 1, Tabel 1: Voorbeelden van koppelkansen"];
        var start = Text.IndexOf(from, StringComparison.Ordinal);
        var table = Text[start..Text.IndexOf(to, start, StringComparison.Ordinal)];
        var interviews = Text[Text.IndexOf("Vijf voorbeelden van koppelkansen We illustreren", StringComparison.Ordinal)..Text.IndexOf("Ter besluit", StringComparison.Ordinal)];
        foreach (var municipality in SchetsboekCatalog.Municipalities())
        {
            var standing = SchetsboekCatalog.StandingOf(municipality.CbsCode);
            Assert.NotNull(standing);
            var name = municipality.Name.Split('-')[0];
            Assert.Contains(name, standing.Interviewed ? interviews : table, StringComparison.Ordinal);
            if (!standing.Interviewed)
            {
                Assert.DoesNotContain($"gemeente {name}", interviews, StringComparison.Ordinal);
            }
        }

        Assert.Null(SchetsboekCatalog.StandingOf("GM0001"));
    }

    public static TheoryData<string> Questions() => [.. SchetsboekQuestions.All().Select(q => q.Key)];

    [Fact]
    public void The_open_questions_have_unique_keys_and_order_are_questions_in_both_languages_and_are_about_something()
    {
        var questions = SchetsboekQuestions.All();
        Assert.Equal(questions.Count, questions.Select(q => q.Key).Distinct().Count());
        Assert.Equal(questions.Count, questions.Select(q => q.SortOrder).Distinct().Count());
        Assert.All(questions, q => Assert.True(q.Text.Nl.EndsWith('?') && q.Text.En.EndsWith('?'), q.Key));
        Assert.All(questions, q => Assert.False(string.IsNullOrWhiteSpace(q.Where.Nl) || string.IsNullOrWhiteSpace(q.Where.En), q.Key));
        Assert.All(questions, q => Assert.True(q.Barriers.Length + q.Lessons.Length + q.Themes.Length > 0, q.Key));
        Assert.Contains(questions, q => q.Quote.Text.Contains("hoe organiseer je flexibiliteit als je raamcontracten in de markt zet?", StringComparison.Ordinal));
        Assert.Contains(questions, q => q.Quote.Text.StartsWith("Is het eerlijk", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void An_open_questions_quote_occurs_word_for_word_in_the_section_it_names(string key)
    {
        var question = SchetsboekQuestions.All().Single(q => q.Key == key);
        var quote = Normalise(question.Quote.Text);
        Assert.Contains(quote, Text, StringComparison.Ordinal);
        Assert.Contains(quote, SectionNamed(question.Where.Nl), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void An_open_questions_barriers_lessons_themes_and_municipalities_are_the_schetsboeks_own_links(string key)
    {
        var question = SchetsboekQuestions.All().Single(q => q.Key == key);
        var quote = Normalise(question.Quote.Text);
        var section = SectionNamed(question.Where.Nl);
        var after = section[section.IndexOf(quote, StringComparison.Ordinal)..];
        var referencedLessons = ZieOok().Matches(after).SelectMany(m => Parse(m.Value).Lessons).ToHashSet();

        // A barrier: the question stands in its section. A lesson: in its section, or the cross-reference after the question names it.
        Assert.All(question.Barriers, b => Assert.Contains(quote, BarrierSection(b), StringComparison.Ordinal));
        Assert.All(question.Lessons, l => Assert.True(LessonSection(l).Contains(quote, StringComparison.Ordinal) || referencedLessons.Contains(l), $"{key}: lesson {l} is not the schetsboek's link"));

        var at = Text.IndexOf(quote, StringComparison.Ordinal);
        var around = Text[Math.Max(0, at - 600)..Math.Min(Text.Length, at + quote.Length + 300)];
        Assert.All(question.Themes, t => Assert.True(ThemeWords[t].Any(w => around.Contains(w, StringComparison.OrdinalIgnoreCase)), $"{key}: nothing about {t} near the question"));

        // A municipality: the one the schetsboek has ask it, or the one its section is about.
        var municipalities = SchetsboekCatalog.Municipalities().ToDictionary(m => m.CbsCode, m => m.Name);
        Assert.All(question.CbsCodes, c => Assert.Contains($"gemeente {municipalities[c]}", section, StringComparison.Ordinal));
        if (question.Quote.Speaker.Contains("gemeente ", StringComparison.Ordinal))
        {
            var named = question.Quote.Speaker[(question.Quote.Speaker.IndexOf("gemeente ", StringComparison.Ordinal) + "gemeente ".Length)..];
            Assert.Contains(question.CbsCodes, c => municipalities[c] == named);
            Assert.Contains(question.Quote.Speaker.Split(',')[0], around, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void The_check_finds_a_quote_that_is_not_in_the_schetsboek()
    {
        Assert.DoesNotContain(Normalise("De urgentie voor het saneren van asbest was groot."), Text, StringComparison.Ordinal);
        Assert.Contains(Normalise("Maar de urgentie voor het saneren van asbest\nontbrak"), Text, StringComparison.Ordinal);
    }

    /// <summary>The section a "Where" names: a barrier's, a lesson's, or one of chapter 1.</summary>
    private static string SectionNamed(string where)
    {
        var barrier = Regex.Match(where, @"^Hoofdstuk 2, Barrière (\d+):");
        if (barrier.Success)
        {
            return BarrierSection(int.Parse(barrier.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        var lesson = Regex.Match(where, @"^Hoofdstuk 3, Les (\d+):");
        if (lesson.Success)
        {
            return LessonSection(int.Parse(lesson.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        var (from, to, _) = Sections[where];
        var start = Text.IndexOf(from, StringComparison.Ordinal);
        return Text[start..Text.IndexOf(to, start + from.Length, StringComparison.Ordinal)];
    }

    private static string[] NamesOf(SchetsboekExample example)
    {
        var municipalities = SchetsboekCatalog.Municipalities().ToDictionary(m => m.CbsCode, m => m.Name);
        return example.CbsCodes.Length > 0 ? [.. example.CbsCodes.Select(c => municipalities[c])] : [example.Place!.Split(' ')[0]];
    }

    private static string BarrierSection(int number)
    {
        var chapter = Text.IndexOf("Hoofdstuk 2: Barrieres", StringComparison.Ordinal);
        var chapterEnd = Text.IndexOf("Hoofdstuk 3: Lessen", chapter, StringComparison.Ordinal);
        return Section(SchetsboekCatalog.Barriers().Select(b => $"{b.Number}. {b.Title.Nl[..20]}").ToList(), number, chapter, chapterEnd);
    }

    private static string LessonSection(int number)
    {
        var chapter = Text.IndexOf("Hoofdstuk 3: Lessen", StringComparison.Ordinal);
        var chapterEnd = Text.IndexOf("Ter besluit", chapter, StringComparison.Ordinal);
        return Section(SchetsboekCatalog.Lessons().Select(l => $"{l.Number}. {l.Title.Nl[..15]}").ToList(), number, chapter, chapterEnd);
    }

    private static string Section(List<string> headings, int number, int chapter, int chapterEnd)
    {
        var start = Text.IndexOf(headings[number - 1], chapter, StringComparison.Ordinal);
        Assert.True(start > chapter && start < chapterEnd, $"heading '{headings[number - 1]}' not found");
        var end = number < headings.Count ? Text.IndexOf(headings[number], start, StringComparison.Ordinal) : chapterEnd;
        return Text[start..end];
    }

    private static (HashSet<int> Barriers, HashSet<int> Lessons) Parse(string reference) =>
        (Numbers(BarrierNumbers().Match(reference)), Numbers(LessonNumbers().Match(reference)));

    private static HashSet<int> Numbers(Match match) =>
        match.Success ? [.. Regex.Matches(match.Groups[1].Value, @"\d+").Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture))] : [];

    private static string Normalise(string text) => SchetsboekText.Normalise(text);

    [GeneratedRegex(@"\((?:zie|Zie) ook [^)]*\)")]
    private static partial Regex ZieOok();

    [GeneratedRegex(@"barri\S*\s+((?:\d+(?:,\s*|\s+en\s+)?)+)")]
    private static partial Regex BarrierNumbers();

    [GeneratedRegex(@"\bles(?:sen)?\s+((?:\d+(?:,\s*|\s+en\s+)?)+)")]
    private static partial Regex LessonNumbers();
}
