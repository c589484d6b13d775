using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.TestKit;

/// <summary>Says what a project is like, then writes it: <c>await Make.Project(services).In("GM0758").Visible(Visibility.Draft).CreateAsync()</c>.</summary>
public sealed class ProjectBuilder(IServiceProvider services)
{
    private readonly List<string> _themes = [];
    private readonly List<BarrierDetails> _barriers = [];
    private readonly List<LessonDetails> _lessons = [];
    private string _cbs = "GM0855";
    private string? _author;
    private string? _authorEmail;
    private string? _title;
    private string _summary = "Samen met het riool.";
    private string? _place;
    private int? _homes;
    private Visibility _visibility = Visibility.Network;
    private ExperimentStatus _status = ExperimentStatus.Running;
    private DateTime? _createdAt;
    private bool _deleted;

    /// <summary>The municipality, by CBS code (Tilburg, GM0855, unless told).</summary>
    public ProjectBuilder In(string cbsCode)
    {
        _cbs = cbsCode;
        return this;
    }

    /// <summary>Logged by this person; without it, a new member of the municipality who has the weekly digest off.</summary>
    public ProjectBuilder By(string userId)
    {
        _author = userId;
        return this;
    }

    /// <summary>Logged by a new member of the municipality with this address, who has the weekly digest off.</summary>
    public ProjectBuilder ByNewMember(string email)
    {
        _authorEmail = email;
        return this;
    }

    public ProjectBuilder Titled(string title)
    {
        _title = title;
        return this;
    }

    public ProjectBuilder Summary(string summary)
    {
        _summary = summary;
        return this;
    }

    public ProjectBuilder Place(string place, int homes)
    {
        _place = place;
        _homes = homes;
        return this;
    }

    /// <summary>Who may read it: the network (as the form proposes) unless told.</summary>
    public ProjectBuilder Visible(Visibility visibility)
    {
        _visibility = visibility;
        return this;
    }

    public ProjectBuilder Status(ExperimentStatus status)
    {
        _status = status;
        return this;
    }

    /// <summary>Its themes (keys of the catalogue); "underground" when none is given.</summary>
    public ProjectBuilder Themes(params IEnumerable<string> themes)
    {
        _themes.AddRange(themes);
        return this;
    }

    public ProjectBuilder Barrier(int number, BarrierState state = BarrierState.StillBlocking, string? note = null)
    {
        _barriers.Add(new BarrierDetails(number, state, note));
        return this;
    }

    public ProjectBuilder Barriers(IEnumerable<BarrierDetails> barriers)
    {
        _barriers.AddRange(barriers);
        return this;
    }

    public ProjectBuilder Lesson(int number, LessonHelped helped = LessonHelped.Yes)
    {
        _lessons.Add(new LessonDetails(number, helped, null));
        return this;
    }

    public ProjectBuilder Lessons(IEnumerable<LessonDetails> lessons)
    {
        _lessons.AddRange(lessons);
        return this;
    }

    /// <summary>Logged at this moment rather than at the portal's now.</summary>
    public ProjectBuilder CreatedAt(DateTime utc)
    {
        _createdAt = utc;
        return this;
    }

    /// <summary>Deleted by its author straight after it was logged (it stays in the bin), when <paramref name="deleted"/>.</summary>
    public ProjectBuilder Deleted(bool deleted = true)
    {
        _deleted = deleted;
        return this;
    }

    public async Task<MadeProject> CreateAsync()
    {
        var author = _author ?? await NewAuthorAsync();
        var id = await Make.WithDbAsync(services, async (db, now) =>
        {
            var municipality = await Make.MunicipalityIdAsync(db, _cbs);
            var themes = _themes.Count == 0 ? ["underground"] : _themes.ToList();
            var details = new ExperimentDetails(_title ?? $"Project {_visibility} {_cbs}", null, _place, _summary, _homes, null, null, null, _visibility, themes, [], _barriers, _lessons);
            var at = _createdAt ?? now;
            var experiment = new Experiment(municipality, details, _status, author, at, "Begonnen.");
            if (_deleted)
            {
                experiment.Delete(author, at);
            }

            db.Experiments.Add(experiment);
            await db.SaveChangesAsync();
            return experiment.Id;
        });
        return new MadeProject(id, author);
    }

    private async Task<string> NewAuthorAsync()
    {
        var author = await Make.PersonAsync(services, _authorEmail ?? $"auteur{Guid.NewGuid():N}@{_cbs.ToLowerInvariant()}.test", "Auteur", _cbs);
        await Make.WithDbAsync(services, (db, _) => db.Users.Where(u => u.Id == author).ExecuteUpdateAsync(s => s.SetProperty(u => u.WeeklyDigest, false)));
        return author;
    }
}
