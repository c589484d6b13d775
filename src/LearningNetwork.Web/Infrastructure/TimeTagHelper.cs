using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace LearningNetwork.Web.Infrastructure;

/// <summary>
/// A moment shown in Dutch time in the reader's language, with its machine-readable value in UTC:
/// <c>&lt;time utc="@entry.AtUtc" format="d MMMM yyyy"&gt;&lt;/time&gt;</c> renders
/// <c>&lt;time datetime="2026-12-05T10:15:00Z"&gt;5 december 2026&lt;/time&gt;</c>. Every <c>time</c> of the portal is
/// written this way.
/// </summary>
[HtmlTargetElement("time", Attributes = "utc")]
public sealed class TimeTagHelper : TagHelper
{
    public DateTime Utc { get; set; }

    /// <summary>A .NET date format for the visible text, in the current culture.</summary>
    public string Format { get; set; } = "d MMMM yyyy";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("datetime", Utc.ToMachineTime());
        output.Content.SetContent(Utc.ToPortalTime().ToString(Format, CultureInfo.CurrentCulture));
    }
}
