using System.Diagnostics.CodeAnalysis;

namespace LearningNetwork.Domain.Werksessies;

/// <summary>Where a werksessie stands.</summary>
public enum WerksessieState
{
    Planned = 1,
    Cancelled = 2,
}

/// <summary>An invitee's answer.</summary>
public enum InvitationResponse
{
    Pending = 1,
    Accepted = 2,
    Declined = 3,
}

/// <summary>
/// A werksessie: people of two to four municipalities (at most eight) meet about a barrier one of them still meets and
/// others overcame, as the schetsboek's "blikopener werksessies" did. Its times are kept in UTC; the invitation
/// carries them in the Europe/Amsterdam zone. Every change an invitee's calendar must follow raises
/// <see cref="Sequence"/> (RFC 5545), under the same <see cref="CalendarUid"/>.
/// </summary>
public sealed class Werksessie
{
    public const int TitleMaxLength = 200;
    public const int LocationMaxLength = 300;
    public const int AgendaMaxLength = 8000;
    public const int MaxPeople = 8;
    public const int MinMunicipalities = 2;
    public const int MaxMunicipalities = 4;
    public static readonly TimeSpan MinDuration = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(8);

    /// <summary>How far ahead a werksessie may be planned.</summary>
    public static readonly TimeSpan MaxAhead = TimeSpan.FromDays(2 * 366);

    private readonly List<WerksessieInvitation> _invitations = [];

    public Werksessie(WerksessieDetails details, int barrierNumber, int municipalityId, int? experimentId, int? questionId, string organiserUserId, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organiserUserId);
        ArgumentOutOfRangeException.ThrowIfLessThan(barrierNumber, 1);
        CalendarUid = $"{Guid.NewGuid():N}@werksessie.leernetwerk";
        BarrierNumber = barrierNumber;
        MunicipalityId = municipalityId;
        ExperimentId = experimentId;
        QuestionId = questionId;
        OrganiserUserId = organiserUserId;
        State = WerksessieState.Planned;
        CreatedAtUtc = nowUtc;
        Apply(details, nowUtc);
    }

    private Werksessie()
    {
        CalendarUid = null!;
        OrganiserUserId = null!;
        Title = null!;
        AgendaMarkdown = null!;
        AgendaHtml = null!;
    }

    public int Id { get; private set; }

    /// <summary>The iCalendar UID: the same for the invitation, every update and the cancellation.</summary>
    public string CalendarUid { get; private set; }

    /// <summary>The iCalendar SEQUENCE: 0 for the first invitation, one higher for every update and the cancellation.</summary>
    public int Sequence { get; private set; }

    public int BarrierNumber { get; private set; }

    /// <summary>The organiser's municipality: the one still blocked.</summary>
    public int MunicipalityId { get; private set; }

    /// <summary>The blocked project it is about, when proposed from one.</summary>
    public int? ExperimentId { get; private set; }

    /// <summary>The open learning question it is about, when there is one.</summary>
    public int? QuestionId { get; private set; }

    public string OrganiserUserId { get; private set; }

    public string Title { get; private set; }

    public DateTime StartsAtUtc { get; private set; }

    public DateTime EndsAtUtc { get; private set; }

    public bool Online { get; private set; }

    /// <summary>The address, or for an online werksessie the link or how to join; optional online.</summary>
    public string? Location { get; private set; }

    public string AgendaMarkdown { get; private set; }

    /// <summary>The agenda rendered and sanitised, as shown.</summary>
    public string AgendaHtml { get; private set; }

    public WerksessieState State { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public IReadOnlyCollection<WerksessieInvitation> Invitations => _invitations;

    /// <summary>Invites a person of a municipality; no one twice.</summary>
    public WerksessieInvitation Invite(string userId, int municipalityId, InvitationResponse response, DateTime nowUtc)
    {
        if (_invitations.Any(i => i.UserId == userId))
        {
            throw new InvalidOperationException("This person is already invited.");
        }

        var invitation = new WerksessieInvitation(userId, municipalityId, response, nowUtc);
        _invitations.Add(invitation);
        return invitation;
    }

    /// <summary>New time, place or agenda: the calendars of the invited follow (a higher sequence).</summary>
    public void Reschedule(WerksessieDetails details, DateTime nowUtc)
    {
        EnsurePlanned();
        var moved = details.StartsAtUtc != StartsAtUtc;
        Apply(details, nowUtc);
        Sequence++;
        if (moved)
        {
            // A reminder for the old time says nothing about the new one: it goes again, under the new sequence.
            foreach (var invitation in _invitations)
            {
                invitation.ForgetReminder();
            }
        }
    }

    public void Cancel(DateTime nowUtc)
    {
        EnsurePlanned();
        State = WerksessieState.Cancelled;
        UpdatedAtUtc = nowUtc;
        Sequence++;
    }

    /// <summary>Whether this werksessie's time overlaps [start, end).</summary>
    public bool Overlaps(DateTime startUtc, DateTime endUtc) => StartsAtUtc < endUtc && startUtc < EndsAtUtc;

    private void EnsurePlanned()
    {
        if (State != WerksessieState.Planned)
        {
            throw new InvalidOperationException("A cancelled werksessie does not change.");
        }
    }

    [MemberNotNull(nameof(Title), nameof(AgendaMarkdown), nameof(AgendaHtml))]
    private void Apply(WerksessieDetails details, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(details.Title);
        if (details.EndsAtUtc - details.StartsAtUtc < MinDuration || details.EndsAtUtc - details.StartsAtUtc > MaxDuration)
        {
            throw new ArgumentException("A werksessie lasts between half an hour and eight hours.", nameof(details));
        }

        if (!details.Online && string.IsNullOrWhiteSpace(details.Location))
        {
            throw new ArgumentException("A werksessie at a place has an address.", nameof(details));
        }

        Title = details.Title.Trim();
        StartsAtUtc = details.StartsAtUtc;
        EndsAtUtc = details.EndsAtUtc;
        Online = details.Online;
        Location = string.IsNullOrWhiteSpace(details.Location) ? null : details.Location.Trim();
        AgendaMarkdown = details.AgendaMarkdown.Trim();
        AgendaHtml = details.AgendaHtml;
        UpdatedAtUtc = nowUtc;
    }
}

/// <summary>What an organiser sets in one form: the times in UTC, the agenda as written and as rendered.</summary>
public sealed record WerksessieDetails(string Title, DateTime StartsAtUtc, DateTime EndsAtUtc, bool Online, string? Location, string AgendaMarkdown, string AgendaHtml);

/// <summary>
/// One person invited to a werksessie, with their answer; the organiser has one too (accepted). The reminder the day
/// before is marked with its mail's Message-ID in the same transaction that queues it, so it goes once, on any node.
/// </summary>
public sealed class WerksessieInvitation
{
    internal WerksessieInvitation(string userId, int municipalityId, InvitationResponse response, DateTime nowUtc)
    {
        UserId = userId;
        MunicipalityId = municipalityId;
        Response = response;
        InvitedAtUtc = nowUtc;
        RespondedAtUtc = response == InvitationResponse.Pending ? null : nowUtc;
    }

    private WerksessieInvitation()
    {
        UserId = null!;
    }

    public int Id { get; private set; }

    public int WerksessieId { get; private set; }

    public string UserId { get; private set; }

    public int MunicipalityId { get; private set; }

    public InvitationResponse Response { get; private set; }

    public DateTime InvitedAtUtc { get; private set; }

    public DateTime? RespondedAtUtc { get; private set; }

    public string? ReminderMessageId { get; private set; }

    public void ForgetReminder() => ReminderMessageId = null;

    public void Respond(InvitationResponse response, DateTime nowUtc)
    {
        if (response == InvitationResponse.Pending)
        {
            throw new ArgumentOutOfRangeException(nameof(response));
        }

        Response = response;
        RespondedAtUtc = nowUtc;
    }
}
