using System.Text;
using LearningNetwork.TestKit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;

namespace LearningNetwork.BrowserTests;

/// <summary>The system clock plus an offset a test moves forward: the digest's Monday comes when the test says.</summary>
public sealed class MovableClock : TimeProvider
{
    private TimeSpan _offset;

    public void Advance(TimeSpan by) => _offset += by;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;
}

/// <summary>The demo portal with a real SMTP server (netDumbster) and a clock the test can move (the digest's Monday, a notification mail's batching window).</summary>
public sealed class DigestPortalServer : PortalServer
{
    // A field initialiser: it runs before the base constructor, which starts the portal and reads the port.
    private readonly (SimpleSmtpServer Server, int Port) _smtp = LoopbackSmtp.Start();

    public MovableClock Clock { get; } = new();

    public SimpleSmtpServer Smtp => _smtp.Server;

    /// <summary>The mails received for a person whose subject or text mentions something.</summary>
    public IEnumerable<MimeMessage> Mails(string to, string containing) =>
        Smtp.ReceivedEmail
            .Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data))))
            .Where(m => m.To.Mailboxes.Any(x => string.Equals(x.Address, to, StringComparison.OrdinalIgnoreCase))
                && $"{m.Subject}\n{m.TextBody}".Contains(containing, StringComparison.Ordinal));

    /// <summary>Waits (at most <see cref="Journey.Patience"/>) for the first such mail.</summary>
    public async Task<MimeMessage> MailAsync(string to, string containing)
    {
        var deadline = DateTime.UtcNow + Journey.Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (Mails(to, containing).FirstOrDefault() is { } message)
            {
                return message;
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"No mail to {to} mentioning {containing}");
    }

    /// <summary>
    /// Monday morning comes: the clock moves to the next Monday at 08:00 Dutch time (a week on when it is Monday past
    /// 07:00 already), and a network admin runs the digest planner with its button; the background sender mails.
    /// </summary>
    public async Task MondayMorningAsync(Microsoft.Playwright.IBrowser browser, string locale)
    {
        var amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        var local = TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), amsterdam);
        var daysToMonday = ((int)DayOfWeek.Monday - (int)local.DayOfWeek + 7) % 7;
        var monday = local.Date.AddDays(daysToMonday == 0 && local.Hour >= 7 ? 7 : daysToMonday).AddHours(8);
        Clock.Advance(new DateTimeOffset(monday, amsterdam.GetUtcOffset(monday)) - Clock.GetUtcNow());
        var admin = await Journey.SignedInAsync(browser, this, locale, "gert.mulder@netwerk.demo.test");
        await admin.GotoAsync(Journey.Url(this, "/admin/digests"));
        await admin.ClickAsync("form[action*='handler=Plan'] button[type=submit]");
        await Microsoft.Playwright.Assertions.Expect(admin.GetByTestId("message")).ToBeVisibleAsync();
    }

    protected override string Environment => "Development";

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:Security", "None");
        // The background sender looks every 2 s: a moved clock is noticed at once (nothing else wakes it then).
        builder.UseSetting("Delivery:PollSeconds", "2");
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _smtp.Server.Dispose();
        }
    }
}
