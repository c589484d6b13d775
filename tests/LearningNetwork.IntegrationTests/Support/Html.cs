using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace LearningNetwork.IntegrationTests.Support;

/// <summary>Reads pages the way a test needs them: the DOM, form tokens, error messages.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IDocument> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return await Parser.ParseDocumentAsync(text);
    }

    public static async Task<IDocument> GetAsync(this HttpClient client, string url, bool expectSuccess)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        if (expectSuccess)
        {
            Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        }

        return await ReadAsync(response);
    }

    /// <summary>GETs the page with the form, then posts the fields with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, IDictionary<string, string> fields, string? action = null)
    {
        var page = await client.GetAsync(pageUrl, expectSuccess: true);
        var selector = action is null ? "main form[method=post]" : $"form[method=post][action='{action}']";
        var form = page.QuerySelectorAll(selector).LastOrDefault()
            ?? throw new InvalidOperationException($"No form {selector} on {pageUrl}");
        // What a browser would submit: every named input with its current value, checkboxes only when checked.
        var values = form.QuerySelectorAll("input[name]")
            .Where(i => i.GetAttribute("type") is not ("submit" or "button") && (i.GetAttribute("type") != "checkbox" || i.HasAttribute("checked")))
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? string.Empty);
        foreach (var (key, value) in fields)
        {
            values[key] = value;
        }

        var target = action ?? form.GetAttribute("action");
        if (string.IsNullOrEmpty(target))
        {
            target = pageUrl;
        }

        return await client.PostAsync(new Uri(target, UriKind.Relative), new FormUrlEncodedContent(values));
    }

    public static IReadOnlyList<string> FieldErrors(this IDocument page) =>
        page.QuerySelectorAll(".utrecht-form-field-error-message").Select(e => e.TextContent.Trim()).ToList();

    public static IReadOnlyList<string> SummaryErrors(this IDocument page) =>
        page.QuerySelectorAll("[data-testid=error-summary] li").Select(e => e.TextContent.Trim()).ToList();

    public static string Text(this IDocument page, string selector) =>
        page.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"Nothing matches {selector}");
}
