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
    public void Views_pages_and_endpoints_use_no_infrastructure_and_check_no_role()
    {
        // The compiled .cshtml views sit beside their page models (@namespace in _ViewImports), so one rule sees both.
        var web = typeof(Web.SharedResource).Assembly;
        Assert.Contains(web.GetTypes(), t => t.FullName == "LearningNetwork.Web.Pages.Shared.Pages_Shared__Layout");

        var result = Types.InAssembly(web)
            .That().ResideInNamespaceStartingWith("LearningNetwork.Web.Pages")
            .Or().ResideInNamespaceStartingWith("LearningNetwork.Web.Api")
            .ShouldNot().HaveDependencyOn("LearningNetwork.Infrastructure")
            .GetResult();
        Assert.True(result.IsSuccessful, Failing(result));

        // A role is a rule of Access, read by views through PagePermissions: no IsInRole of their own.
        using var module = Mono.Cecil.ModuleDefinition.ReadModule(web.Location);
        var roleChecks = module.GetTypes()
            .Where(t => (t.DeclaringType ?? t).Namespace is { } ns && (ns.StartsWith("LearningNetwork.Web.Pages", StringComparison.Ordinal) || ns.StartsWith("LearningNetwork.Web.Api", StringComparison.Ordinal)))
            .SelectMany(t => t.Methods.Where(m => m.HasBody).Select(m => (Type: t, Method: m)))
            .Where(x => x.Method.Body.Instructions.Any(i => i.Operand is Mono.Cecil.MethodReference { Name: "IsInRole" }))
            .Select(x => $"{x.Type.FullName}.{x.Method.Name}")
            .ToList();
        Assert.Empty(roleChecks);
    }

    [Fact]
    public void Every_use_case_has_a_folder_and_namespace_named_after_it()
    {
        var misplaced = Application.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && (typeof(Mediator.IBaseCommand).IsAssignableFrom(t) || typeof(Mediator.IBaseQuery).IsAssignableFrom(t)))
            .Where(t => t.Namespace!.Split('.')[^1] != System.Text.RegularExpressions.Regex.Replace(t.Name, "(Command|Query)$", string.Empty))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(misplaced);
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
