using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace LearningNetwork.IntegrationTests.Support;

/// <summary>Reads pages the way a test needs them: the DOM, form tokens, error messages.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    private const char ValueSeparator = '\u001f';

    /// <summary>Several values for one field name, as checkboxes send them.</summary>
    public static string Many(params string[] values) => string.Join(ValueSeparator, values);

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
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, IDictionary<string, string> fields, string? action = null) =>
        await client.SubmitAsync(await client.GetAsync(pageUrl, expectSuccess: true), pageUrl, fields, action);

    /// <summary>
    /// Submits a form of a page already shown, as a browser would: to the form's action, or, when it has none,
    /// to the address the page was shown at (<paramref name="pageUrl"/>, with its query).
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IDocument page, string pageUrl, IDictionary<string, string> fields, string? action = null)
    {
        // The page's own form is the last one in main without a named handler (else the last one); a button with its own formaction
        // (such as "preview") posts that same form elsewhere.
        // Forms that post elsewhere (follow buttons, say) are not the page's own.
        var mainForms = page.QuerySelectorAll("main form[method=post]").Where(f => SamePath(f.GetAttribute("action"), pageUrl)).ToList();
        var pageForm = mainForms.LastOrDefault(f => !(f.GetAttribute("action") ?? string.Empty).Contains("handler=", StringComparison.OrdinalIgnoreCase))
            ?? mainForms.LastOrDefault();
        var form = (action is null
                ? pageForm
                : page.QuerySelectorAll("form[method=post]").FirstOrDefault(f => SameAction(f.GetAttribute("action"), action))
                    ?? (pageForm?.QuerySelector($"button[formaction]") is { } button && SameAction(button.GetAttribute("formaction"), action) ? pageForm : null))
            ?? throw new InvalidOperationException($"No form posting to {action ?? "this page"} on {pageUrl}: "
                + string.Join(", ", page.QuerySelectorAll("form[method=post]").Select(f => f.GetAttribute("action"))));
        // What a browser would submit: every named input with its current value, checkboxes only when checked.
        var values = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input[name]"))
        {
            var type = input.GetAttribute("type");
            if (type is not ("submit" or "button") && (type is not ("checkbox" or "radio") || input.HasAttribute("checked")))
            {
                values[input.GetAttribute("name")!] = input.GetAttribute("value") ?? string.Empty;
            }
        }

        foreach (var select in form.QuerySelectorAll("select[name]"))
        {
            var option = select.QuerySelector("option[selected]") ?? select.QuerySelector("option");
            values[select.GetAttribute("name")!] = option?.GetAttribute("value") ?? string.Empty;
        }

        foreach (var textarea in form.QuerySelectorAll("textarea[name]"))
        {
            values[textarea.GetAttribute("name")!] = textarea.TextContent;
        }

        foreach (var (key, value) in fields)
        {
            values[key] = value;
        }

        var target = action ?? form.GetAttribute("action");
        if (string.IsNullOrEmpty(target))
        {
            target = pageUrl;
        }

        var pairs = values.SelectMany(v => v.Value.Split(ValueSeparator).Select(part => new KeyValuePair<string, string>(v.Key, part)));
        return await client.PostAsync(new Uri(target, UriKind.Relative), new FormUrlEncodedContent(pairs));
    }

    /// <summary>Uploads a file with the page's multipart form (its antiforgery token and other fields), as a browser would.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string pageUrl, string field, string fileName, byte[] content, IDictionary<string, string>? fields = null)
    {
        var page = await client.GetAsync(pageUrl, expectSuccess: true);
        var form = page.QuerySelector("form[enctype='multipart/form-data']") ?? throw new InvalidOperationException($"No upload form on {pageUrl}");
        using var body = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll("input[name]").Where(i => i.GetAttribute("type") != "file"))
        {
            var name = input.GetAttribute("name")!;
            if (fields is null || !fields.ContainsKey(name))
            {
                body.Add(new StringContent(input.GetAttribute("value") ?? string.Empty), name);
            }
        }

        foreach (var (key, value) in fields ?? new Dictionary<string, string>())
        {
            body.Add(new StringContent(value), key);
        }

        body.Add(new ByteArrayContent(content), field, fileName);
        return await client.PostAsync(new Uri(form.GetAttribute("action") is { Length: > 0 } action ? action : pageUrl, UriKind.Relative), body);
    }

    /// <summary>
    /// Posts to any URL with a valid antiforgery token for this client (taken from the home page), as a forged
    /// request from a signed-in browser would: for testing what happens when someone posts where no form was offered.
    /// </summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient client, string url, IDictionary<string, string> fields)
    {
        var home = await client.GetAsync("/", expectSuccess: true);
        var token = home.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(values));
    }

    /// <summary>Same path and the same query parameters, in any order.</summary>
    private static bool SameAction(string? rendered, string wanted)
    {
        if (rendered is null)
        {
            return false;
        }

        // A fragment (where the page scrolls to after posting) is not sent.
        static (string Path, string[] Query) Split(string url)
        {
            var parts = url.Split('#', 2)[0].Split('?', 2);
            return (parts[0], parts.Length > 1 ? parts[1].Split('&').Order().ToArray() : []);
        }

        var (renderedPath, renderedQuery) = Split(rendered);
        var (wantedPath, wantedQuery) = Split(wanted);
        return string.Equals(renderedPath, wantedPath, StringComparison.OrdinalIgnoreCase) && renderedQuery.SequenceEqual(wantedQuery, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>An empty or missing action posts to the page itself.</summary>
    private static bool SamePath(string? action, string pageUrl) =>
        string.IsNullOrEmpty(action) || string.Equals(action.Split('?', 2)[0], pageUrl.Split('?', 2)[0], StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<string> FieldErrors(this IDocument page) =>
        page.QuerySelectorAll(".utrecht-form-field-error-message").Select(e => e.TextContent.Trim()).ToList();

    public static IReadOnlyList<string> SummaryErrors(this IDocument page) =>
        page.QuerySelectorAll("[data-testid=error-summary] li").Select(e => e.TextContent.Trim()).ToList();

    public static string Text(this IDocument page, string selector) =>
        page.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"Nothing matches {selector}");
}
