using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.WebUtilities;

namespace LearningNetwork.Web.Infrastructure;

/// <summary>
/// A post form without an action of its own posts to the page's default handler, not to wherever the page was
/// last posted. Without this, a page shown again by a named handler (<c>?handler=Preview</c>) keeps that handler
/// in its address, and the form's "Save" would run the preview again and save nothing. The rest of the query
/// (a return address, say) is kept.
/// </summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class SelfPostingFormTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>After the framework's form tag helper, which sets an action only when asked to with asp-* attributes.</summary>
    public override int Order => 100;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!string.Equals(output.Attributes["method"]?.Value?.ToString(), "post", StringComparison.OrdinalIgnoreCase)
            || output.Attributes.ContainsName("action"))
        {
            return;
        }

        var request = ViewContext.HttpContext.Request;
        var query = new QueryBuilder(QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(pair => !string.Equals(pair.Key, "handler", StringComparison.OrdinalIgnoreCase))
            .SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string>(pair.Key, value ?? string.Empty))));
        output.Attributes.SetAttribute("action", request.PathBase.ToUriComponent() + request.Path.ToUriComponent() + query);
    }
}
