using System.Text.RegularExpressions;
using LearningNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;

namespace LearningNetwork.BrowserTests;

/// <summary>What the journeys share: signing in, reading mail, moving with the keyboard only.</summary>
public static partial class Journey
{
    public const string DemoPassword = "Lerend netwerk 2026!";

    public static async Task<IBrowserContext> ContextAsync(IBrowser browser, string locale, int width = 1280)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale, IgnoreHTTPSErrors = true, ViewportSize = new ViewportSize { Width = width, Height = 900 } });

        // CI runs the integration tests beside these on two cores: give a slow answer time before calling it a failure.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return context;
    }

    public static async Task<IPage> SignedInAsync(IBrowser browser, PortalServer server, string locale, string email, string password = DemoPassword, int width = 1280)
    {
        var page = await (await ContextAsync(browser, locale, width)).NewPageAsync();
        await page.GotoAsync(Url(server, "/account/login"));
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return page;
    }

    public static string Url(PortalServer server, string path) => new Uri(server.BaseAddress, path).ToString();

    /// <summary>The path and query of the first link in a mail to <paramref name="to"/> that goes to <paramref name="path"/>.</summary>
    public static async Task<string> MailLinkAsync(PortalServer server, string to, string path)
    {
        var folder = Path.Combine(server.DataFolder, "mail");
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (Directory.Exists(folder))
            {
                foreach (var file in Directory.GetFiles(folder, "*.eml"))
                {
                    var message = await MimeMessage.LoadAsync(file);
                    if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase)))
                    {
                        var link = Links().Matches(message.TextBody ?? string.Empty).Select(m => new Uri(m.Value)).FirstOrDefault(u => u.AbsolutePath.StartsWith(path, StringComparison.OrdinalIgnoreCase));
                        if (link is not null)
                        {
                            return link.PathAndQuery;
                        }
                    }
                }
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"No mail to {to} with a link to {path}");
    }

    public static async Task<T> DbAsync<T>(PortalServer server, Func<AppDbContext, Task<T>> query)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static Task<int> MunicipalityAsync(PortalServer server, string cbs) =>
        DbAsync(server, db => db.Municipalities.Where(m => m.CbsCode == cbs).Select(m => m.Id).SingleAsync());

    /// <summary>Presses Tab (at most 200 times) until the element is focused: it must be reachable by keyboard.</summary>
    public static async Task TabToAsync(IPage page, string selector)
    {
        var target = page.Locator(selector).First;
        for (var i = 0; i < 200; i++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                var outline = await target.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle + getComputedStyle(e).boxShadow");
                Assert.False(outline is "none" or "nonenone", $"{selector} has no visible focus");
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        throw new InvalidOperationException($"{selector} cannot be reached with the Tab key");
    }

    /// <summary>Tabs to a select and chooses the option with the arrow keys, as someone without a mouse does.</summary>
    public static async Task SelectWithKeysAsync(IPage page, string selector, string value)
    {
        await TabToAsync(page, selector);
        var options = await page.Locator($"{selector} option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
        var current = Array.IndexOf(options, await page.InputValueAsync(selector));
        var wanted = Array.IndexOf(options, value);
        for (var i = current; i < wanted; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        Assert.Equal(value, await page.InputValueAsync(selector));
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Links();
}
