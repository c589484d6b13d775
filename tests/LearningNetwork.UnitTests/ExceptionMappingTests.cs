using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;

namespace LearningNetwork.UnitTests;

/// <summary>The pages' one place where use-case exceptions become form errors, 404 and 403.</summary>
public sealed class ExceptionMappingTests
{
    [Fact]
    public async Task Validation_failures_become_form_errors_on_the_posted_page()
    {
        var (executed, page) = await RunAsync(new ValidationException([
            new ValidationFailure("Email", "Vul je e-mailadres in."),
            new ValidationFailure(string.Empty, "Algemene fout."),
        ]));

        Assert.True(executed.ExceptionHandled);
        Assert.IsType<PageResult>(executed.Result);
        Assert.Equal("Vul je e-mailadres in.", Assert.Single(page.ModelState["Input.Email"]!.Errors).ErrorMessage);
        Assert.Equal("Algemene fout.", Assert.Single(page.ModelState[string.Empty]!.Errors).ErrorMessage);
    }

    [Fact]
    public async Task Not_found_becomes_404()
    {
        var (executed, _) = await RunAsync(NotFoundException.For("Lesson", 12));

        Assert.True(executed.ExceptionHandled);
        Assert.IsType<NotFoundResult>(executed.Result);
    }

    [Fact]
    public async Task Forbidden_becomes_403()
    {
        var (executed, _) = await RunAsync(new ForbiddenException());

        Assert.True(executed.ExceptionHandled);
        Assert.Equal(StatusCodes.Status403Forbidden, Assert.IsType<StatusCodeResult>(executed.Result).StatusCode);
    }

    [Fact]
    public async Task Other_exceptions_are_left_for_the_error_page()
    {
        var (executed, _) = await RunAsync(new InvalidOperationException());

        Assert.False(executed.ExceptionHandled);
    }

    private static async Task<(PageHandlerExecutedContext Executed, FormPage Page)> RunAsync(Exception exception)
    {
        var pageContext = new PageContext(new Microsoft.AspNetCore.Mvc.ActionContext(
            new DefaultHttpContext(), new RouteData(), new Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor()));
        var page = new FormPage { PageContext = pageContext };
        var executing = new PageHandlerExecutingContext(pageContext, [], null, new Dictionary<string, object?>(), page);
        var executed = new PageHandlerExecutedContext(pageContext, [], null, page) { Exception = exception };

        await new MediatorExceptionPageFilter().OnPageHandlerExecutionAsync(executing, () => Task.FromResult(executed));
        return (executed, page);
    }

    private sealed class FormPage : PageModel
    {
        public object Input { get; set; } = new();
    }
}
