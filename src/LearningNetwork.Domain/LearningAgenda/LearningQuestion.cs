using LearningNetwork.Domain.Common;

namespace LearningNetwork.Domain.LearningAgenda;

/// <summary>Where a learning question stands on the dynamic learning agenda.</summary>
public enum QuestionState
{
    Open = 1,
    Reformulated = 2,
    Answered = 3,
}

/// <summary>Why a question's last answer went, when that opened it again.</summary>
public enum AnswerWithdrawal
{
    /// <summary>A member of the question's municipality unlinked it.</summary>
    Unlinked = 1,

    /// <summary>A moderator hid the reflection.</summary>
    Hidden = 2,

    /// <summary>The reflection, or the experiment it was written on, was deleted.</summary>
    Deleted = 3,
}

/// <summary>
/// A question a municipality (or one of its experiments) wants to learn the answer to, linked to barriers and
/// themes. It is reformulated as understanding grows and answered by linking reflections; every change is kept.
/// Tied to an experiment, it also has that experiment's visibility.
/// </summary>
public sealed class LearningQuestion : IMunicipalityContent
{
    public const int TextMaxLength = 500;
    public const int NoteMaxLength = 1000;

    private readonly List<LearningQuestionBarrier> _barriers = [];
    private readonly List<LearningQuestionTheme> _themes = [];
    private readonly List<LearningQuestionEvent> _history = [];
    private readonly List<LearningQuestionAnswer> _answers = [];

    public LearningQuestion(int municipalityId, int? experimentId, string text, Visibility visibility, IReadOnlyList<int> barriers, IReadOnlyList<string> themes, string userId, DateTime nowUtc, int? sourcedQuestionId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        SourcedQuestionId = sourcedQuestionId;
        MunicipalityId = municipalityId;
        ExperimentId = experimentId;
        Text = text.Trim();
        Visibility = visibility;
        State = QuestionState.Open;
        AuthorUserId = userId;
        CreatedAtUtc = nowUtc;
        UpdatedAtUtc = nowUtc;
        SetTags(barriers, themes);
        _history.Add(new LearningQuestionEvent(QuestionState.Open, Text, null, userId, nowUtc));
    }

    private LearningQuestion()
    {
        Text = null!;
        AuthorUserId = null!;
    }

    public int Id { get; private set; }

    public int MunicipalityId { get; private set; }

    public int? ExperimentId { get; private set; }

    /// <summary>The schetsboek's question this one was adopted from, kept when it is reworded.</summary>
    public int? SourcedQuestionId { get; private set; }

    public string Text { get; private set; }

    public Visibility Visibility { get; private set; }

    public QuestionState State { get; private set; }

    public string AuthorUserId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public DateTime? AnsweredAtUtc { get; private set; }

    public IReadOnlyCollection<LearningQuestionBarrier> Barriers => _barriers;

    public IReadOnlyCollection<LearningQuestionTheme> Themes => _themes;

    public IReadOnlyCollection<LearningQuestionEvent> History => _history;

    public IReadOnlyCollection<LearningQuestionAnswer> Answers => _answers;

    /// <summary>Experiment, tags and visibility change without a history entry; the wording does not.</summary>
    public void Update(int? experimentId, Visibility visibility, IReadOnlyList<int> barriers, IReadOnlyList<string> themes, DateTime nowUtc)
    {
        ExperimentId = experimentId;
        Visibility = visibility;
        SetTags(barriers, themes);
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>A new wording: the question is Reformulated (and open again), the old wording stays in the history.</summary>
    public void Reformulate(string text, string? note, string userId, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Text = text.Trim();
        Move(QuestionState.Reformulated, note, userId, nowUtc);
    }

    /// <summary>Answered needs at least one linked reflection.</summary>
    public void MarkAnswered(string? note, string userId, DateTime nowUtc)
    {
        if (_answers.Count == 0)
        {
            throw new InvalidOperationException("A question is answered by at least one linked reflection.");
        }

        Move(QuestionState.Answered, note, userId, nowUtc);
    }

    public void Reopen(string? note, string userId, DateTime nowUtc)
    {
        Move(QuestionState.Open, note, userId, nowUtc);
    }

    /// <summary>False when the reflection was linked already.</summary>
    public bool LinkAnswer(int reflectionId, string userId, DateTime nowUtc)
    {
        if (_answers.Any(a => a.ReflectionId == reflectionId))
        {
            return false;
        }

        _answers.Add(new LearningQuestionAnswer(reflectionId, userId, nowUtc));
        UpdatedAtUtc = nowUtc;
        return true;
    }

    /// <summary>
    /// An answer goes: unlinked by a member, or no longer there for anyone (hidden, deleted). An answered question
    /// whose last answer goes is open again, and its history says why.
    /// </summary>
    public void UnlinkAnswer(int reflectionId, AnswerWithdrawal why, string userId, DateTime nowUtc)
    {
        _answers.RemoveAll(a => a.ReflectionId == reflectionId);
        UpdatedAtUtc = nowUtc;
        if (State == QuestionState.Answered && _answers.Count == 0)
        {
            Move(QuestionState.Open, null, userId, nowUtc, why);
        }
    }

    private void Move(QuestionState state, string? note, string userId, DateTime nowUtc, AnswerWithdrawal? why = null)
    {
        State = state;
        UpdatedAtUtc = nowUtc;
        AnsweredAtUtc = state == QuestionState.Answered ? nowUtc : null;
        _history.Add(new LearningQuestionEvent(state, Text, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), userId, nowUtc, why));
    }

    private void SetTags(IReadOnlyList<int> barriers, IReadOnlyList<string> themes)
    {
        _barriers.RemoveAll(b => !barriers.Contains(b.BarrierNumber));
        _barriers.AddRange(barriers.Distinct().Where(n => _barriers.All(b => b.BarrierNumber != n)).Select(n => new LearningQuestionBarrier(n)));
        _themes.RemoveAll(t => !themes.Contains(t.ThemeKey));
        _themes.AddRange(themes.Distinct().Where(k => _themes.All(t => t.ThemeKey != k)).Select(k => new LearningQuestionTheme(k)));
    }
}

public sealed class LearningQuestionBarrier(int barrierNumber)
{
    public int QuestionId { get; private set; }

    public int BarrierNumber { get; private set; } = barrierNumber;
}

public sealed class LearningQuestionTheme(string themeKey)
{
    public int QuestionId { get; private set; }

    public string ThemeKey { get; private set; } = themeKey;
}

/// <summary>One step in a question's history: the state it moved to, the wording at that moment and why.</summary>
public sealed class LearningQuestionEvent(QuestionState state, string text, string? note, string userId, DateTime atUtc, AnswerWithdrawal? lastAnswer = null)
{
    public int Id { get; private set; }

    public int QuestionId { get; private set; }

    public QuestionState State { get; private set; } = state;

    public string Text { get; private set; } = text;

    public string? Note { get; private set; } = note;

    public string UserId { get; private set; } = userId;

    public DateTime AtUtc { get; private set; } = atUtc;

    /// <summary>Set when the question opened again because its last answer went.</summary>
    public AnswerWithdrawal? LastAnswer { get; private set; } = lastAnswer;
}

/// <summary>A reflection, of this municipality or another, that answers the question.</summary>
public sealed class LearningQuestionAnswer(int reflectionId, string linkedByUserId, DateTime linkedAtUtc)
{
    public int QuestionId { get; private set; }

    public int ReflectionId { get; private set; } = reflectionId;

    public string LinkedByUserId { get; private set; } = linkedByUserId;

    public DateTime LinkedAtUtc { get; private set; } = linkedAtUtc;
}
