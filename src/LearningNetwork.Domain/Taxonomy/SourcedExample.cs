using LearningNetwork.Domain.Common;

namespace LearningNetwork.Domain.Taxonomy;

/// <summary>Where the schetsboek has an example from: its own interviews with municipalities, or the literature it read.</summary>
public enum ExampleSource
{
    Interview = 1,
    Literature = 2,
}

/// <summary>
/// An example of a coupling that the schetsboek itself describes: the schetsboek's content, not a member's. It
/// carries the municipalities, themes, barriers and lessons the schetsboek links it to, a summary in the portal's
/// words, the schetsboek's own words as quotes, and where in the schetsboek it stands. Seeded in every installation
/// from <see cref="SchetsboekExamples"/>.
/// </summary>
public sealed class SourcedExample
{
    public const int KeyMaxLength = 60;

    private readonly List<SourcedExampleMunicipality> _municipalities = [];
    private readonly List<SourcedExampleTheme> _themes = [];
    private readonly List<SourcedExampleBarrier> _barriers = [];
    private readonly List<SourcedExampleLesson> _lessons = [];
    private readonly List<SourcedQuote> _quotes = [];

    public SourcedExample(SchetsboekExample example, IReadOnlyList<int> municipalityIds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(example.Key);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(example.Key.Length, KeyMaxLength);
        Key = example.Key;
        Place = example.Place;
        Source = example.Source;
        Title = example.Title;
        Summary = example.Summary;
        Where = example.Where;
        Reference = example.Reference;
        SourceUrl = example.SourceUrl;
        SortOrder = example.SortOrder;
        _municipalities.AddRange(municipalityIds.Select(id => new SourcedExampleMunicipality(id)));
        _themes.AddRange(example.Themes.Select(t => new SourcedExampleTheme(t)));
        _barriers.AddRange(example.Barriers.Select(b => new SourcedExampleBarrier(b)));
        _lessons.AddRange(example.Lessons.Select(l => new SourcedExampleLesson(l)));
        _quotes.AddRange(example.Quotes.Select((q, i) => new SourcedQuote(i + 1, q.Text, q.Speaker)));
    }

    private SourcedExample()
    {
        Key = null!;
        Title = null!;
        Summary = null!;
        Where = null!;
    }

    public int Id { get; private set; }

    /// <summary>A stable name (e.g. <c>drimmelen-terheijden</c>): seeding adds what a database lacks by it.</summary>
    public string Key { get; private set; }

    /// <summary>The neighbourhood or village, or a place outside the Netherlands that has no municipality here.</summary>
    public string? Place { get; private set; }

    public ExampleSource Source { get; private set; }

    public LocalizedText Title { get; private set; }

    /// <summary>What the schetsboek tells, in the portal's words.</summary>
    public LocalizedText Summary { get; private set; }

    /// <summary>Where in the schetsboek it stands (chapter and section).</summary>
    public LocalizedText Where { get; private set; }

    /// <summary>The schetsboek's own cross-reference after the passage ("zie ook barriéres 1, 2 en 5; les 2"), word for word.</summary>
    public string? Reference { get; private set; }

    /// <summary>For an example from the literature: the source the schetsboek gives.</summary>
    public string? SourceUrl { get; private set; }

    public int SortOrder { get; private set; }

    public IReadOnlyList<SourcedExampleMunicipality> Municipalities => _municipalities;

    public IReadOnlyList<SourcedExampleTheme> Themes => _themes;

    public IReadOnlyList<SourcedExampleBarrier> Barriers => _barriers;

    public IReadOnlyList<SourcedExampleLesson> Lessons => _lessons;

    public IReadOnlyList<SourcedQuote> Quotes => _quotes;
}

public sealed class SourcedExampleMunicipality(int municipalityId)
{
    public int ExampleId { get; private set; }

    public int MunicipalityId { get; private set; } = municipalityId;
}

public sealed class SourcedExampleTheme(string themeKey)
{
    public int ExampleId { get; private set; }

    public string ThemeKey { get; private set; } = themeKey;
}

public sealed class SourcedExampleBarrier(int barrierNumber)
{
    public int ExampleId { get; private set; }

    public int BarrierNumber { get; private set; } = barrierNumber;
}

public sealed class SourcedExampleLesson(int lessonNumber)
{
    public int ExampleId { get; private set; }

    public int LessonNumber { get; private set; } = lessonNumber;
}

/// <summary>The schetsboek's own words, word for word, and who said them as the schetsboek names them.</summary>
public sealed class SourcedQuote(int order, string text, string speaker)
{
    public const int TextMaxLength = 1000;
    public const int SpeakerMaxLength = 200;

    public int ExampleId { get; private set; }

    public int Order { get; private set; } = order;

    public string Text { get; private set; } = text;

    public string Speaker { get; private set; } = speaker;
}
