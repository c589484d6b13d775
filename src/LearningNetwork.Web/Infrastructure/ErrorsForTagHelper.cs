using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LearningNetwork.Web.Infrastructure;

/// <summary>
/// Ties a field that is not a <c>form-field</c> (a select, a textarea, a fieldset of checkboxes or radios) to its error
/// message, shown with <c>_FieldErrors</c>: <c>&lt;select errors-for="Input.Province"&gt;</c> adds the message's id to
/// <c>aria-describedby</c> and, on a control, <c>aria-invalid</c>, when the field has an error.
/// </summary>
[HtmlTargetElement(Attributes = "errors-for")]
public sealed class ErrorsForTagHelper : TagHelper
{
    public string ErrorsFor { get; set; } = string.Empty;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (ViewContext.ViewData.ModelState[ErrorsFor] is not { Errors.Count: > 0 })
        {
            return;
        }

        var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing) && existing.Value?.ToString() is { Length: > 0 } ids
            ? $"{ids} {FormErrors.MessageId(ErrorsFor)}"
            : FormErrors.MessageId(ErrorsFor);
        output.Attributes.SetAttribute("aria-describedby", describedBy);
        if (output.TagName != "fieldset")
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
        }
    }
}
