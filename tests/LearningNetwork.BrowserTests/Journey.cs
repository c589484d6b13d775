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

    /// <summary>
    /// How long one step may take before it is a failure: CI runs the integration tests beside these on two cores, and
    /// there a sign-in can take several seconds. It bounds waits on a state; nothing waits this long when all is well.
    /// </summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public static async Task<IBrowserContext> ContextAsync(IBrowser browser, string locale, int width = 1280)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale, IgnoreHTTPSErrors = true, ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        context.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)Patience.TotalMilliseconds);

        // Expect(...) has its own default of 5 seconds, shorter than a slow step on a busy machine.
        Assertions.SetDefaultExpectTimeout((float)Patience.TotalMilliseconds);
        return context;
    }

    public static async Task<IPage> SignedInAsync(IBrowser browser, PortalServer server, string locale, string email, string password = DemoPassword, int width = 1280)
    {
        var page = await (await ContextAsync(browser, locale, width)).NewPageAsync();
        await SignInAsync(page, server, email, password);
        return page;
    }

    public static async Task SignInAsync(IPage page, PortalServer server, string email, string password = DemoPassword)
    {
        await page.GotoAsync(Url(server, "/account/login"));
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("main button[type=submit]");
        await ExpectSignedInAsync(page, email);
    }

    /// <summary>
    /// Waits until the page shows someone signed in (the header's sign-out form), and fails at once when it shows the
    /// sign-in form's errors instead. Not <c>WaitForURLAsync</c>: the .NET client checks the address and only then
    /// listens for the navigation, so a redirect that lands in between is missed and it waits out its whole timeout
    /// (microsoft/playwright-dotnet#3364). Expect(...) is polled by the driver: there is no event to miss.
    /// </summary>
    public static async Task ExpectSignedInAsync(IPage page, string email)
    {
        var errors = page.GetByTestId("error-summary");
        await Assertions.Expect(page.Locator("header form[action='/account/logout']").Or(errors)).ToBeVisibleAsync();
        if (await errors.IsVisibleAsync())
        {
            throw new InvalidOperationException($"Signing in as {email} failed: {await errors.InnerTextAsync()}");
        }
    }

    public static string Url(PortalServer server, string path) => new Uri(server.BaseAddress, path).ToString();

    /// <summary>The path and query of the first link in a mail to <paramref name="to"/> that goes to <paramref name="path"/>.</summary>
    public static async Task<string> MailLinkAsync(PortalServer server, string to, string path)
    {
        var folder = Path.Combine(server.DataFolder, "mail");
        var deadline = DateTime.UtcNow + Patience;
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

    /// <summary>A project's own page, where saving the project form leads.</summary>
    [GeneratedRegex(@"/experiments/\d+$")]
    public static partial Regex ProjectPage();

    /// <summary>A reflection's own page, where saving a reflection leads.</summary>
    [GeneratedRegex(@"/reflections/\d+$")]
    public static partial Regex ReflectionPage();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Links();
}
