using LearningNetwork.Domain.Common;

namespace LearningNetwork.Domain.Taxonomy;

/// <summary>
/// A question the schetsboek leaves open, on the network's starting learning agenda: owned by the network, not by a
/// municipality. Its wording and quote stay the schetsboek's; members answer it by linking reflections, and a
/// municipality adopts it as its own learning question, which it can then reword. Seeded in every installation from
/// <see cref="SchetsboekQuestions"/>.
/// </summary>
public sealed class SourcedQuestion
{
    private readonly List<SourcedQuestionMunicipality> _municipalities = [];
    private readonly List<SourcedQuestionTheme> _themes = [];
    private readonly List<SourcedQuestionBarrier> _barriers = [];
    private readonly List<SourcedQuestionLesson> _lessons = [];
    private readonly List<SourcedQuestionAnswer> _answers = [];

    public SourcedQuestion(SchetsboekQuestion question, IReadOnlyList<int> municipalityIds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(question.Key);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(question.Key.Length, SourcedExample.KeyMaxLength);
        Key = question.Key;
        Text = question.Text;
        QuoteText = question.Quote.Text;
        QuoteSpeaker = question.Quote.Speaker;
        Where = question.Where;
        SortOrder = question.SortOrder;
        _municipalities.AddRange(municipalityIds.Select(id => new SourcedQuestionMunicipality(id)));
        _themes.AddRange(question.Themes.Select(t => new SourcedQuestionTheme(t)));
        _barriers.AddRange(question.Barriers.Select(b => new SourcedQuestionBarrier(b)));
        _lessons.AddRange(question.Lessons.Select(l => new SourcedQuestionLesson(l)));
    }

    private SourcedQuestion()
    {
        Key = null!;
        Text = null!;
        QuoteText = null!;
        QuoteSpeaker = null!;
        Where = null!;
    }

    public int Id { get; private set; }

    /// <summary>A stable name (e.g. <c>raamcontracten-flexibiliteit</c>): seeding adds what a database lacks by it, and it is the page's address.</summary>
    public string Key { get; private set; }

    /// <summary>The question in the portal's words.</summary>
    public LocalizedText Text { get; private set; }

    /// <summary>The schetsboek's sentence that asks it, word for word.</summary>
    public string QuoteText { get; private set; }

    /// <summary>Who asks it, as the schetsboek names them; empty for the schetsboek itself.</summary>
    public string QuoteSpeaker { get; private set; }

    public LocalizedText Where { get; private set; }

    public int SortOrder { get; private set; }

    public IReadOnlyList<SourcedQuestionMunicipality> Municipalities => _municipalities;

    public IReadOnlyList<SourcedQuestionTheme> Themes => _themes;

    public IReadOnlyList<SourcedQuestionBarrier> Barriers => _barriers;

    public IReadOnlyList<SourcedQuestionLesson> Lessons => _lessons;

    public IReadOnlyCollection<SourcedQuestionAnswer> Answers => _answers;

    /// <summary>False when the reflection was linked already.</summary>
    public bool LinkAnswer(int reflectionId, string userId, DateTime nowUtc)
    {
        if (_answers.Any(a => a.ReflectionId == reflectionId))
        {
            return false;
        }

        _answers.Add(new SourcedQuestionAnswer(reflectionId, userId, nowUtc));
        return true;
    }

    public void UnlinkAnswer(int reflectionId) => _answers.RemoveAll(a => a.ReflectionId == reflectionId);
}

public sealed class SourcedQuestionMunicipality(int municipalityId)
{
    public int QuestionId { get; private set; }

    public int MunicipalityId { get; private set; } = municipalityId;
}

public sealed class SourcedQuestionTheme(string themeKey)
{
    public int QuestionId { get; private set; }

    public string ThemeKey { get; private set; } = themeKey;
}

public sealed class SourcedQuestionBarrier(int barrierNumber)
{
    public int QuestionId { get; private set; }

    public int BarrierNumber { get; private set; } = barrierNumber;
}

public sealed class SourcedQuestionLesson(int lessonNumber)
{
    public int QuestionId { get; private set; }

    public int LessonNumber { get; private set; } = lessonNumber;
}

/// <summary>A member's reflection, of any municipality, linked as (part of) the answer to a question of the schetsboek.</summary>
public sealed class SourcedQuestionAnswer(int reflectionId, string linkedByUserId, DateTime linkedAtUtc)
{
    public int QuestionId { get; private set; }

    public int ReflectionId { get; private set; } = reflectionId;

    public string LinkedByUserId { get; private set; } = linkedByUserId;

    public DateTime LinkedAtUtc { get; private set; } = linkedAtUtc;
}
