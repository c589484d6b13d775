namespace LearningNetwork.Domain.Search;

/// <summary>What a hit of the site-wide search is.</summary>
public enum SearchKind
{
    Project = 1,
    Reflection = 2,
    Comment = 3,
    Question = 4,
    Lesson = 5,
    Barrier = 6,
    Theme = 7,
    Municipality = 8,
}

/// <summary>
/// One document of the site-wide search: the words of a project, reflection, comment, learning question, lesson,
/// barrier, theme or municipality, as written (<see cref="Text"/>, for the snippet) and as the index matches them
/// (<see cref="Words"/>: lower case without accents; <see cref="Stems"/>: their Dutch stems, word for word in the
/// same order, so a phrase matches). Who may read it is not kept here: the search reads that from the item itself.
/// </summary>
public sealed class SearchEntry
{
    public const int TitleMaxLength = 300;
    public const int TextMaxLength = 4000;
    public const int KeyMaxLength = 100;
    public const int TagMaxLength = 40;

    private readonly List<SearchEntryTag> _tags = [];

    public SearchEntry(SearchKind kind, int itemId, string itemKey, string title, string? titleEn, string text, string? textEn, string words, string stems, int? municipalityId, DateTime? dateUtc, IEnumerable<string> tags)
    {
        Id = IdOf(kind, itemId);
        Kind = kind;
        ItemId = itemId;
        ItemKey = itemKey;
        Title = Cut(title, TitleMaxLength);
        TitleEn = titleEn is null ? null : Cut(titleEn, TitleMaxLength);
        Text = Cut(text, TextMaxLength);
        TextEn = textEn is null ? null : Cut(textEn, TextMaxLength);
        Words = words;
        Stems = stems;
        MunicipalityId = municipalityId;
        DateUtc = dateUtc;
        _tags.AddRange(tags.Distinct().Select(t => new SearchEntryTag(t)));
    }

    private SearchEntry()
    {
        ItemKey = Title = Text = Words = Stems = string.Empty;
    }

    /// <summary>The kind and the item's number together (<see cref="IdOf"/>): the index's row id, known before it is written.</summary>
    public long Id { get; private set; }

    public SearchKind Kind { get; private set; }

    /// <summary>The id of the project, reflection, comment, question or municipality; the number of a lesson or barrier; a theme's place in the list.</summary>
    public int ItemId { get; private set; }

    /// <summary>How the item is addressed: its id, number or (for a theme) key.</summary>
    public string ItemKey { get; private set; }

    public string Title { get; private set; }

    public string? TitleEn { get; private set; }

    public string Text { get; private set; }

    public string? TextEn { get; private set; }

    public string Words { get; private set; }

    public string Stems { get; private set; }

    public int? MunicipalityId { get; private set; }

    public DateTime? DateUtc { get; private set; }

    /// <summary>What it is about, as <c>theme:renovation</c>, <c>barrier:6</c>, <c>lesson:2</c>.</summary>
    public IReadOnlyCollection<SearchEntryTag> Tags => _tags;

    public static long IdOf(SearchKind kind, int itemId) => ((long)kind << 32) | (uint)itemId;

    private static string Cut(string value, int max) => value.Length <= max ? value : value[..max];
}

public sealed class SearchEntryTag(string tag)
{
    public long EntryId { get; private set; }

    public string Tag { get; private set; } = tag;
}
