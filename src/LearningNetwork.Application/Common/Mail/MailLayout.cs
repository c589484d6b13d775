using System.Net;
using System.Text;
using LearningNetwork.Application.Resources;

namespace LearningNetwork.Application.Common.Mail;

/// <summary>A call to action in a mail: a button in HTML, a bare link in plain text.</summary>
public sealed record MailAction(string Label, string Url);

/// <summary>
/// The portal's one mail layout: greeting, paragraphs, optional actions, signature. Plain text and HTML with
/// inline styles, readable without images. Call inside a <see cref="Localization.CultureScope"/>.
/// </summary>
public static class MailLayout
{
    public static (string Text, string Html) Compose(string recipientName, IReadOnlyList<string> paragraphs, IReadOnlyList<MailAction> actions, string? footnote)
    {
        var greeting = string.Format(System.Globalization.CultureInfo.CurrentCulture, AppTexts.MailGreeting, recipientName);

        var text = new StringBuilder();
        text.AppendLine(greeting).AppendLine();
        foreach (var paragraph in paragraphs)
        {
            text.AppendLine(paragraph).AppendLine();
        }

        foreach (var action in actions)
        {
            text.Append(action.Label).AppendLine(":").AppendLine(action.Url).AppendLine();
        }

        if (footnote is not null)
        {
            text.AppendLine(footnote).AppendLine();
        }

        text.AppendLine("-- ").AppendLine(AppTexts.PortalName);

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)
            .Append("\"><head><meta charset=\"utf-8\"><title>").Append(Encode(AppTexts.PortalName)).Append("</title></head>")
            .Append("<body style=\"margin:0;padding:24px;background:#f3f3f3;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;\">")
            .Append("<div role=\"article\" style=\"max-width:600px;margin:0 auto;background:#ffffff;padding:24px;border-top:6px solid #154273;\">")
            .Append("<p style=\"margin:0 0 16px;font-size:14px;font-weight:bold;color:#154273;\">").Append(Encode(AppTexts.PortalName)).Append("</p>")
            .Append("<p style=\"margin:0 0 16px;\">").Append(Encode(greeting)).Append("</p>");
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p style=\"margin:0 0 16px;\">").Append(Encode(paragraph)).Append("</p>");
        }

        foreach (var action in actions)
        {
            html.Append("<p style=\"margin:0 0 16px;\"><a href=\"").Append(Encode(action.Url))
                .Append("\" style=\"display:inline-block;background:#154273;color:#ffffff;padding:10px 16px;text-decoration:underline;font-weight:bold;\">")
                .Append(Encode(action.Label)).Append("</a></p>")
                .Append("<p style=\"margin:0 0 16px;font-size:14px;word-break:break-all;\">").Append(Encode(action.Url)).Append("</p>");
        }

        if (footnote is not null)
        {
            html.Append("<p style=\"margin:0 0 16px;font-size:14px;color:#4b4b4b;\">").Append(Encode(footnote)).Append("</p>");
        }

        html.Append("</div></body></html>");
        return (text.ToString(), html.ToString());
    }

    /// <summary>
    /// The opening of a longer mail in HTML (the weekly digest, a notification mail): the document in the culture's
    /// language, the grey body and the white card with the portal's blue top line. Close it with <see cref="EndHtml"/>.
    /// </summary>
    public static StringBuilder BeginHtml(string title, System.Globalization.CultureInfo culture) => new StringBuilder()
        .Append("<!DOCTYPE html><html lang=\"").Append(culture.TwoLetterISOLanguageName).Append("\"><head><meta charset=\"utf-8\">")
        .Append("<meta name=\"viewport\" content=\"width=device-width\"><title>").Append(Encode(title)).Append("</title></head>")
        .Append("<body style=\"margin:0;padding:16px;background:#f3f3f3;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;\">")
        .Append("<div role=\"article\" aria-roledescription=\"email\" lang=\"").Append(culture.TwoLetterISOLanguageName)
        .Append("\" style=\"max-width:640px;margin:0 auto;background:#ffffff;padding:24px;border-top:6px solid #154273;\">");

    /// <summary>Closes what <see cref="BeginHtml"/> opened.</summary>
    public const string EndHtml = "</div></body></html>";

    /// <summary>A link in the portal's blue, underlined.</summary>
    public static string Link(string url, string label) =>
        $"<a href=\"{Encode(url)}\" style=\"color:#154273;text-decoration:underline;\">{Encode(label)}</a>";

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
