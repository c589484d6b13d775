using System.Reflection;
using NetArchTest.Rules;

namespace LearningNetwork.UnitTests;

/// <summary>Dependencies point inward: Domain ← Application ← Infrastructure; Web composes.</summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Domain = typeof(Domain.Taxonomy.Lesson).Assembly;
    private static readonly Assembly Application = typeof(Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(Infrastructure.DependencyInjection).Assembly;

    [Fact]
    public void Domain_depends_on_no_other_layer_and_no_framework()
    {
        var result = Types.InAssembly(Domain).ShouldNot()
            .HaveDependencyOnAny("LearningNetwork.Application", "LearningNetwork.Infrastructure", "LearningNetwork.Web", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Mediator", "FluentValidation")
            .GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
        Assert.DoesNotContain(Domain.GetReferencedAssemblies(), a => a.Name!.StartsWith("LearningNetwork", StringComparison.Ordinal));
    }

    [Fact]
    public void Application_does_not_depend_on_infrastructure_or_web()
    {
        var result = Types.InAssembly(Application).ShouldNot()
            .HaveDependencyOnAny("LearningNetwork.Infrastructure", "LearningNetwork.Web", "Microsoft.AspNetCore", "Hangfire", "MailKit", "Microsoft.EntityFrameworkCore.Sqlite", "Microsoft.EntityFrameworkCore.SqlServer")
            .GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void Infrastructure_does_not_depend_on_web()
    {
        var result = Types.InAssembly(Infrastructure).ShouldNot().HaveDependencyOn("LearningNetwork.Web").GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void Pages_and_endpoints_reach_the_database_only_through_use_cases()
    {
        var result = Types.InAssembly(typeof(Web.SharedResource).Assembly)
            .That().ResideInNamespaceStartingWith("LearningNetwork.Web.Pages")
            .Or().ResideInNamespaceStartingWith("LearningNetwork.Web.Api")
            .ShouldNot().HaveDependencyOnAny("LearningNetwork.Infrastructure.Persistence", "Microsoft.EntityFrameworkCore")
            .GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void Every_use_case_handler_is_sealed()
    {
        var result = Types.InAssembly(Application)
            .That().HaveNameEndingWith("Handler").Or().HaveNameEndingWith("Validator")
            .Should().BeSealed()
            .GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    private static string Failing(TestResult result) =>
        "Offending types: " + string.Join(", ", result.FailingTypeNames ?? []);
}
