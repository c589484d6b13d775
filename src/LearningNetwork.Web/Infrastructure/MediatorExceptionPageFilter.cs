using FluentValidation;
using LearningNetwork.Application.Common.Exceptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Infrastructure;

/// <summary>
/// The pages' one place for mapping use-case exceptions: validation failures become form errors on the page
/// that was posted (keyed <c>Input.{Property}</c>), a conflict shows the page again with both versions (409),
/// not found becomes the 404 page, forbidden the 403 page.
/// </summary>
internal sealed class MediatorExceptionPageFilter : IAsyncPageFilter
{
    public const string InputPrefix = "Input";
    public const string ConflictKey = "Conflict";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        switch (executed.Exception)
        {
            case ValidationException validation when executed.HandlerInstance is PageModel page:
                var hasInput = page.GetType().GetProperty(InputPrefix) is not null;
                foreach (var error in validation.Errors)
                {
                    var key = hasInput && !string.IsNullOrEmpty(error.PropertyName) ? $"{InputPrefix}.{error.PropertyName}" : error.PropertyName;
                    page.ModelState.AddModelError(key, error.ErrorMessage);
                }

                executed.Result = page.Page();
                executed.ExceptionHandled = true;
                break;
            case NotFoundException:
                executed.Result = new NotFoundResult();
                executed.ExceptionHandled = true;
                break;
            case ConflictException when executed.HandlerInstance is PageModel page:
                // The page shows both versions; nothing was saved.
                page.ViewData[ConflictKey] = true;
                page.HttpContext.Response.StatusCode = StatusCodes.Status409Conflict;
                executed.Result = page.Page();
                executed.ExceptionHandled = true;
                break;
            case ForbiddenException:
                executed.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
                executed.ExceptionHandled = true;
                break;
        }
    }
}
