using FluentValidation;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Experiments;
using LearningNetwork.Application.Experiments.DeleteExperiment;
using LearningNetwork.Application.Experiments.GetExperiment;
using LearningNetwork.Application.Experiments.SaveExperiment;
using LearningNetwork.Application.Reflections.ModerateReflection;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.Membership;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// The access rules on the use cases themselves, sent as each kind of person through the portal's own pipeline
/// (<see cref="UseCases.SendAsync{T}(IServiceProvider, Mediator.ICommand{T}, string?)"/>), with no page in between:
/// who may is decided before the input is read, and what is refused changes nothing.
/// </summary>
public sealed class UseCaseAccessTests : IAsyncLifetime
{
    private readonly PortalFactory _factory = new();
    private string _author = null!;
    private string _coordinator = null!;
    private string _breda = null!;
    private string _reader = null!;
    private string _admin = null!;
    private int _project;
    private int _draft;

    private IServiceProvider Services => _factory.Services;

    public async Task InitializeAsync()
    {
        _author = await Network.PersonAsync(_factory, "auteur@tilburg.nl", "Auteur", "GM0855");
        _coordinator = await Network.PersonAsync(_factory, "coordinator@tilburg.nl", "Coördinator", "GM0855", MembershipRole.Coordinator);
        _breda = await Network.PersonAsync(_factory, "lid@breda.nl", "Breda", "GM0758");
        _reader = await Network.PersonAsync(_factory, "lezer@example.com", "Lezer");
        await Network.AdminAsync(_factory, "beheer@koppelkansen.nl");
        _admin = await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == "beheer@koppelkansen.nl").Select(u => u.Id).SingleAsync());
        _project = (await Make.Project(Services).By(_author).Titled("Warmtenet Reeshof").CreateAsync()).Id;
        _draft = (await Make.Project(Services).By(_author).Titled("Concept").Visible(Visibility.Draft).CreateAsync()).Id;
    }

    [Fact]
    public async Task A_project_is_changed_only_by_its_own_municipality_and_an_outsider_is_refused_before_its_input_is_read()
    {
        var version = await VersionAsync(_project);
        var empty = Save(_project, version, title: string.Empty);

        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(empty, asUser: _breda));
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(empty, asUser: _reader));

        // A visitor cannot even read a project shared with the network: for them it is not there.
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(empty, asUser: null));
        await Assert.ThrowsAsync<ValidationException>(() => Services.SendAsync(empty, asUser: _author));
        Assert.Equal("Warmtenet Reeshof", await TitleAsync(_project));

        Assert.Equal(_project, await Services.SendAsync(Save(_project, version, "Warmtenet Reeshof, fase 2"), asUser: _coordinator));
        Assert.Equal("Warmtenet Reeshof, fase 2", await TitleAsync(_project));
    }

    [Fact]
    public async Task A_draft_is_read_by_its_own_municipality_only_and_is_not_found_for_anyone_else()
    {
        Assert.Equal("Concept", (await Services.SendAsync(new GetExperimentQuery(_draft), asUser: _author)).Title);
        Assert.Equal("Concept", (await Services.SendAsync(new GetExperimentQuery(_draft), asUser: _coordinator)).Title);
        foreach (var outsider in new[] { _breda, _reader, null })
        {
            await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new GetExperimentQuery(_draft), asUser: outsider));
        }
    }

    [Fact]
    public async Task Only_the_municipality_deletes_its_project_and_only_a_network_admin_moderates()
    {
        var reflection = await Make.Reflection(Services, _project, _author).Titled("Samen plannen werkte").About(6).CreateAsync();
        var hide = new ModerateReflectionCommand(reflection, Hide: true, Reason: "Persoonsgegevens");
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(hide, asUser: _author));
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(hide, asUser: _coordinator));
        await Services.SendAsync(hide, asUser: _admin);
        Assert.NotNull(await _factory.WithDbAsync(db => db.Reflections.Where(r => r.Id == reflection).Select(r => r.HiddenAtUtc).SingleAsync()));

        var delete = new DeleteExperimentCommand(_project, await VersionAsync(_project));
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(delete, asUser: _breda));
        Assert.Null(await _factory.WithDbAsync(db => db.Experiments.Where(e => e.Id == _project).Select(e => e.DeletedAtUtc).SingleAsync()));
        await Services.SendAsync(delete, asUser: _author);
        Assert.NotNull(await _factory.WithDbAsync(db => db.Experiments.IgnoreQueryFilters().Where(e => e.Id == _project).Select(e => e.DeletedAtUtc).SingleAsync()));
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    private static SaveExperimentCommand Save(int id, int version, string title) => new(
        id,
        version,
        new ExperimentInput(title, null, null, "Samen met het riool.", null, null, null, null, Visibility.Public, ["underground"], [], [], []),
        ExperimentStatus.Running,
        null);

    private Task<int> VersionAsync(int id) => _factory.WithDbAsync(db => db.Experiments.Where(e => e.Id == id).Select(e => e.Version).SingleAsync());

    private Task<string> TitleAsync(int id) => _factory.WithDbAsync(db => db.Experiments.Where(e => e.Id == id).Select(e => e.Title).SingleAsync());
}
