using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LearningNetwork.Web.Infrastructure;

/// <summary>
/// An NL Design System form field — label, optional description, error message and text input — with the
/// error tied to the input (<c>aria-describedby</c>, <c>aria-invalid</c>). Passwords are never written back.
/// Usage: <c>&lt;form-field for="Input.Email" label="@L["Email"]" type="email" autocomplete="email" /&gt;</c>.
/// </summary>
[HtmlTargetElement("form-field", Attributes = "for,label", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FormFieldTagHelper : TagHelper
{
    public ModelExpression For { get; set; } = null!;

    public string Label { get; set; } = string.Empty;

    public string? Description { get; set; }

    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    public bool Required { get; set; } = true;

    /// <summary>A textarea of this many rows instead of a one-line input.</summary>
    public int? Rows { get; set; }

    /// <summary>Optional: the id of the control, when one page has several forms with the same field.</summary>
    public string? Id { get; set; }

    /// <summary>False on the forms of a repeated field that were not the one posted, so errors show once.</summary>
    public bool ShowErrors { get; set; } = true;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = Id ?? FormErrors.FieldId(name);
        var entry = ShowErrors && ViewContext.ViewData.ModelState.TryGetValue(name, out var posted) ? posted : null;
        var errors = entry is not null
            ? entry.Errors.Select(e => e.ErrorMessage).Where(m => !string.IsNullOrEmpty(m)).ToList()
            : [];
        var invalid = errors.Count > 0;

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", invalid ? "utrecht-form-field utrecht-form-field--text utrecht-form-field--invalid" : "utrecht-form-field utrecht-form-field--text");

        var label = new TagBuilder("label");
        label.AddCssClass("utrecht-form-label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(Label);
        output.Content.AppendHtml("<div class=\"utrecht-form-field__label\">").AppendHtml(label).AppendHtml("</div>");

        var describedBy = new List<string>();
        if (!string.IsNullOrEmpty(Description))
        {
            var description = new TagBuilder("div");
            description.AddCssClass("utrecht-form-field__description utrecht-form-field-description");
            description.Attributes["id"] = id + "-description";
            description.InnerHtml.Append(Description);
            output.Content.AppendHtml(description);
            describedBy.Add(id + "-description");
        }

        if (invalid)
        {
            var error = new TagBuilder("div");
            error.AddCssClass("utrecht-form-field__error-message utrecht-form-field-error-message");
            error.Attributes["id"] = id + "-error";
            error.InnerHtml.Append(string.Join(" ", errors));
            output.Content.AppendHtml(error);
            describedBy.Add(id + "-error");
        }

        var value = Type == "password" ? null : entry?.AttemptedValue ?? Convert.ToString(For.Model, CultureInfo.CurrentCulture);
        TagBuilder input;
        if (Rows is { } rows)
        {
            input = new TagBuilder("textarea");
            input.AddCssClass(invalid ? "utrecht-textarea utrecht-textarea--html-textarea utrecht-textarea--invalid" : "utrecht-textarea utrecht-textarea--html-textarea");
            input.Attributes["rows"] = rows.ToString(CultureInfo.InvariantCulture);
            input.InnerHtml.Append(value ?? string.Empty);
        }
        else
        {
            input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
            input.AddCssClass(invalid ? "utrecht-textbox utrecht-textbox--html-input utrecht-textbox--invalid" : "utrecht-textbox utrecht-textbox--html-input");
            input.Attributes["type"] = Type;
            if (!string.IsNullOrEmpty(value))
            {
                input.Attributes["value"] = value;
            }
        }

        input.Attributes["id"] = id;
        input.Attributes["name"] = name;

        if (Autocomplete is not null)
        {
            input.Attributes["autocomplete"] = Autocomplete;
        }

        if (Required)
        {
            input.Attributes["aria-required"] = "true";
        }

        if (invalid)
        {
            input.Attributes["aria-invalid"] = "true";
        }

        if (describedBy.Count > 0)
        {
            input.Attributes["aria-describedby"] = string.Join(' ', describedBy);
        }

        output.Content.AppendHtml("<div class=\"utrecht-form-field__input\">").AppendHtml(input).AppendHtml("</div>");
    }
}
