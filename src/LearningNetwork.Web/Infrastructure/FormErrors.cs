using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LearningNetwork.Web.Infrastructure;

/// <summary>
/// The form errors of a page, as the error summary lists them and the page title announces them, and the ids that tie
/// each error to its field: the field of <c>Input.Barriers[5].State</c> is <c>Input_Barriers_5__State</c>, its
/// message <c>Input_Barriers_5__State-error</c>.
/// </summary>
public static class FormErrors
{
    public static IReadOnlyList<(string Key, string Message)> Of(ModelStateDictionary modelState) =>
        modelState.IsValid
            ? []
            : modelState
                .SelectMany(entry => entry.Value!.Errors.Select(error => (entry.Key, error.ErrorMessage)))
                .Where(e => !string.IsNullOrEmpty(e.ErrorMessage))
                .ToList();

    public static string FieldId(string name) => TagBuilder.CreateSanitizedId(name, "_");

    public static string MessageId(string name) => FieldId(name) + "-error";

    /// <summary>
    /// Moves errors to other keys, for a form whose use case counts its rows differently from the form; the
    /// remaining entries (and the values bound) are kept.
    /// </summary>
    public static void Rekey(ModelStateDictionary modelState, Func<string, string> key)
    {
        var moved = modelState
            .Where(entry => entry.Value is { Errors.Count: > 0 } && key(entry.Key) != entry.Key)
            .Select(entry => (From: entry.Key, To: key(entry.Key), Messages: entry.Value!.Errors.Select(e => e.ErrorMessage).ToList()))
            .ToList();
        foreach (var (from, _, _) in moved)
        {
            modelState.Remove(from);
        }

        foreach (var (_, to, messages) in moved)
        {
            messages.ForEach(message => modelState.AddModelError(to, message));
        }
    }
}
