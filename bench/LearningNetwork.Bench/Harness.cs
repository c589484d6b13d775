using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LearningNetwork.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace LearningNetwork.Bench;

/// <summary>What one run measures, and how long and how often.</summary>
internal sealed record BenchPlan(string Name, NetworkSize Small, NetworkSize Large, NetworkSize DigestNetwork, int DigestSmall, int DigestLarge, int Seconds, int Rounds, int Seed)
{
    public static BenchPlan Parse(string name, int seed) => name switch
    {
        "full" => new("full", NetworkSize.Parse("10k"), NetworkSize.Parse("100k"), NetworkSize.Parse("10k", people: 10_000), 1_000, 10_000, 10, 5, seed),
        "tiny" => new("tiny", NetworkSize.Parse("tiny"), new NetworkSize("tiny-large", 4_000, 200), NetworkSize.Parse("tiny", people: 1_000), 100, 1_000, 2, 2, seed),

        // CI's: every scenario runs once, on networks small enough to generate in seconds; its figures mean nothing.
        "smoke" => new("smoke", new NetworkSize("smoke", 100, 50), new NetworkSize("smoke-large", 400, 50), new NetworkSize("smoke", 100, 200), 50, 200, 1, 1, seed),
        _ => throw new ArgumentException($"Unknown size '{name}': smoke, tiny or full."),
    };

    /// <summary>The scenarios to run, by letter (all by default); f is measured after a, so either runs both.</summary>
    public string Scenarios { get; init; } = All;

    /// <summary>a–f as before (a and b also signed in, issue 20); s the site-wide search (issue 19); g the realistic mix and h the signed-in search and notifications pages (issue 20).</summary>
    public const string All = "abcdefghs";

    public bool Runs(char scenario) => Scenarios.Contains(scenario, StringComparison.Ordinal) || (scenario is 'a' or 'f' && Scenarios.IndexOfAny(['a', 'f']) >= 0);
}

/// <summary>One line of the report: a figure, what it is compared with, and whether it meets its target.</summary>
internal sealed record Figure(string Scenario, string What, string Value, string Target = "", bool? Met = null);

/// <summary>
/// The benchmark: generates the networks (cached in bench/data), starts the portal in Release on a copy, and
/// measures each scenario side by side with its baseline in the same run, alternating, after a warm-up,
/// reporting medians. Targets are ratios, so the figures travel between machines; a missed one says MISSED.
/// </summary>
internal sealed partial class Harness(BenchPlan plan)
{
    private const string Theme = "underground";
    private const int Barrier = 6;
    private const int Connections = 8;
    private const int MixMembers = 6;
    private readonly List<Figure> _figures = [];

    public async Task<IReadOnlyList<Figure>> RunAsync(CancellationToken cancellationToken)
    {
        await PortalServices.GenerateAsync(Paths.Network(plan.Small, plan.Seed), plan.Small, plan.Seed, cancellationToken);
        if (plan.Runs('c') || plan.Runs('s'))
        {
            await PortalServices.GenerateAsync(Paths.Network(plan.Large, plan.Seed), plan.Large, plan.Seed, cancellationToken);
        }

        if (plan.Runs('d'))
        {
            await PortalServices.GenerateAsync(Paths.Network(plan.DigestNetwork, plan.Seed), plan.DigestNetwork, plan.Seed, cancellationToken);
        }

        var smallSearchP95 = 0.0;
        var smallSiteSearchP95 = 0.0;
        var smallFolder = PortalServices.Copy(Paths.Network(plan.Small, plan.Seed), "small");
        var showcase = Showcase(smallFolder);
        await using (var portal = await BenchPortal.StartAsync(smallFolder))
        {
            var list = new Uri(portal.Http, $"/experiments?theme={Theme}&barrier={Barrier}");
            var baseline = new Uri(portal.Http, $"/bench/baseline/experiments?theme={Theme}&barrier={Barrier}");
            var project = new Uri(portal.Http, $"/experiments/{showcase.Experiment}");
            var search = SearchUrl(portal);
            var siteSearch = SiteSearchUrl(portal);
            await CheckSameRowsAsync(portal, list, baseline);
            await WarmUpAsync(list, baseline, project, search, siteSearch);

            if (plan.Runs('a'))
            {
                await ListAgainstBaselineAsync(portal, list, baseline);
                _figures.Add(PeakFigure(portal.ProcessId));
            }

            if (plan.Runs('b'))
            {
                await ProjectAgainstListAsync(portal, project, list);
            }

            if (plan.Runs('h'))
            {
                await SignedInPagesAgainstBaselineAsync(portal, siteSearch, baseline);
                await DistinctSearchesAgainstBaselineAsync(portal, baseline, member: true);
            }

            if (plan.Runs('c'))
            {
                smallSearchP95 = await SearchP95Async(search);
            }

            if (plan.Runs('s'))
            {
                await SiteSearchAgainstBaselineAsync(siteSearch, baseline);
                await DistinctSearchesAgainstBaselineAsync(portal, baseline, member: false);
                smallSiteSearchP95 = await DistinctSearchP95Async(portal);
            }

            if (plan.Runs('e'))
            {
                await WritersAsync(portal, showcase, project);
            }
        }

        if (plan.Runs('g'))
        {
            await RealisticMixAsync();
        }

        if (plan.Runs('c') || plan.Runs('s'))
        {
            await LargeSearchAsync(smallSearchP95, smallSiteSearchP95);
        }

        if (plan.Runs('d'))
        {
            await DigestAsync(cancellationToken);
        }

        return _figures;
    }

    /// <summary>c and s: the same searches on the large network, against the small one's p95.</summary>
    private async Task LargeSearchAsync(double smallSearchP95, double smallSiteSearchP95)
    {
        var largeFolder = PortalServices.Copy(Paths.Network(plan.Large, plan.Seed), "large");
        await using (var portal = await BenchPortal.StartAsync(largeFolder))
        {
            if (plan.Runs('c'))
            {
                var search = SearchUrl(portal);
                await Wrk.RunAsync(search, Connections, Math.Max(1, plan.Seconds / 2));
                var largeSearchP95 = await SearchP95Async(search);
                var ratio = largeSearchP95 / smallSearchP95;
                _figures.Add(new("c", $"faceted search p95 at {plan.Small.Experiments:N0} / {plan.Large.Experiments:N0} projects", $"{smallSearchP95:F1} ms / {largeSearchP95:F1} ms"));
                _figures.Add(new("c", "p95 ratio (large / small)", $"{ratio:F2}", "≤ 3", ratio <= 3));
            }

            if (plan.Runs('s'))
            {
                await Wrk.RunAsync(SiteSearchUrl(portal), Connections, Math.Max(1, plan.Seconds / 2));
                var largeP95 = await DistinctSearchP95Async(portal);
                var ratio = largeP95 / smallSiteSearchP95;
                _figures.Add(new("s", $"site search p95 at {plan.Small.Experiments:N0} / {plan.Large.Experiments:N0} projects with their reflections and comments, different searches in turn (none kept yet), 4 connections", $"{smallSiteSearchP95:F1} ms / {largeP95:F1} ms"));
                _figures.Add(new("s", "p95 ratio (large / small)", $"{ratio:F2}", "≤ 3", ratio <= 3));
            }
        }
    }

    /// <summary>s: the site search page's throughput, one search repeated, against the list page's raw-ADO baseline, side by side.</summary>
    private async Task SiteSearchAgainstBaselineAsync(Uri siteSearch, Uri baseline)
    {
        var (searches, bares) = await AlternateAsync(siteSearch, baseline);
        var searchRps = Median(searches.Select(r => r.RequestsPerSecond));
        var bareRps = Median(bares.Select(r => r.RequestsPerSecond));
        _figures.Add(new("s", "site search page, one search repeated (kept) / list page's raw ADO.NET baseline, requests per second", $"{searchRps:F0} / {bareRps:F0}"));
        _figures.Add(new("s", "throughput ratio", $"{searchRps / bareRps:F2}", "≥ 0.5", searchRps / bareRps >= 0.5));
    }

    /// <summary>
    /// s and h: the site search as many people search, no two searches alike (<see cref="NetworkGenerator.DistinctSearches"/>),
    /// each round its own share of them, so what is answered is not yet kept; a visitor's or a member's, against the
    /// list page's raw-ADO baseline.
    /// </summary>
    private async Task DistinctSearchesAgainstBaselineAsync(BenchPortal portal, Uri baseline, bool member)
    {
        var searches = NetworkGenerator.DistinctSearches(plan.Seed);
        var share = DistinctShare(searches);
        var file = Path.Combine(Paths.RunFolder, member ? "searches-member.txt" : "searches.txt");
        var round = 0;
        var pages = new List<LoadResult>();
        var bares = new List<LoadResult>();
        await InTurnsAsync(
            async () =>
            {
                var cookie = member ? await FreshCookieAsync(portal) : string.Empty;
                await File.WriteAllLinesAsync(file, searches.Skip(round++ * share).Take(share).Select(search => $"{search}\t{cookie}"));
                pages.Add(await Wrk.RunListAsync(portal.Http, file, Connections, plan.Seconds));
            },
            async () => bares.Add(await Wrk.RunAsync(baseline, Connections, plan.Seconds)));
        Fail(pages, portal.Http);
        Fail(bares, baseline);
        var pageRps = Median(pages.Select(r => r.RequestsPerSecond));
        var bareRps = Median(bares.Select(r => r.RequestsPerSecond));
        var scenario = member ? "h" : "s";
        var who = member ? "signed in" : "visitors";
        _figures.Add(new(scenario, $"{who}: {share:N0} different searches in turn, none kept yet / raw ADO.NET baseline, requests per second", $"{pageRps:F0} / {bareRps:F0}"));
        _figures.Add(new(scenario, $"{who}: different searches: throughput ratio ({pages.Sum(r => r.Requests):N0} requests over {share * pages.Count:N0} searches)", $"{pageRps / bareRps:F2}", "≥ 0.5", pageRps / bareRps >= 0.5));
    }

    /// <summary>Each round's share of the different searches: the throughput takes the first half of them, the p95 the second.</summary>
    private int DistinctShare(IReadOnlyList<string> searches) => searches.Count / (2 * plan.Rounds);

    /// <summary>s: the p95 of different searches in turn, none kept yet, at a moderate fixed concurrency; the same searches on either network.</summary>
    private async Task<double> DistinctSearchP95Async(BenchPortal portal)
    {
        var searches = NetworkGenerator.DistinctSearches(plan.Seed);
        var share = DistinctShare(searches);
        var file = Path.Combine(Paths.RunFolder, "searches-p95.txt");
        var runs = new List<LoadResult>();
        for (var round = 0; round < plan.Rounds; round++)
        {
            await File.WriteAllLinesAsync(file, searches.Skip((plan.Rounds + round) * share).Take(share).Select(search => search + "\t"));
            runs.Add(await Wrk.RunListAsync(portal.Http, file, 4, plan.Seconds));
        }

        Fail(runs, portal.Http);
        return Median(runs.Select(r => r.P95Ms));
    }

    public static string Report(BenchPlan plan, IReadOnlyList<Figure> figures)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Benchmark '{plan.Name}' (seed {plan.Seed}, {plan.Rounds} rounds of {plan.Seconds} s, wrk with {Connections} connections), {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC")
            .AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024 / 1024 / 1024} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}")
            .AppendLine()
            .AppendLine("| scenario | measure | value | target | result |")
            .AppendLine("|---|---|---|---|---|");
        foreach (var figure in figures)
        {
            var result = figure.Met switch { true => "met", false => "MISSED", null => string.Empty };
            text.AppendLine(CultureInfo.InvariantCulture, $"| {figure.Scenario} | {figure.What} | {figure.Value} | {figure.Target} | {result} |");
        }

        return text.ToString();
    }

    /// <summary>The baseline must show what the page shows: the same projects, in the same order.</summary>
    private static async Task CheckSameRowsAsync(BenchPortal portal, Uri list, Uri baseline)
    {
        using var client = portal.Visitor();
        var page = Ids(await client.GetStringAsync(list));
        var bare = Ids(await client.GetStringAsync(baseline));
        if (bare.Count == 0 || !page.Take(bare.Count).SequenceEqual(bare))
        {
            throw new InvalidOperationException($"The list page and the baseline show different rows: {string.Join(',', page)} / {string.Join(',', bare)} ({portal.Http}).");
        }
    }

    private static List<int> Ids(string html) =>
        ProjectLink().Matches(html).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().ToList();

    private async Task WarmUpAsync(params Uri[] urls)
    {
        foreach (var url in urls)
        {
            await Wrk.RunAsync(url, Connections, Math.Max(1, plan.Seconds / 2));
        }
    }

    /// <summary>
    /// a: throughput side by side (wrk); then p95 at a held rate (<see cref="OpenLoop"/>): both at half the baseline's
    /// maximum, which is the target, and the page also at half its own maximum, for comparison.
    /// </summary>
    private async Task ListAgainstBaselineAsync(BenchPortal portal, Uri list, Uri baseline)
    {
        var (pages, bares) = await AlternateAsync(list, baseline);
        var pageRps = Median(pages.Select(r => r.RequestsPerSecond));
        var bareRps = Median(bares.Select(r => r.RequestsPerSecond));
        _figures.Add(new("a", "list page / raw ADO.NET baseline, requests per second", $"{pageRps:F0} / {bareRps:F0}"));
        _figures.Add(new("a", "throughput ratio", $"{pageRps / bareRps:F2}", "≥ 0.5", pageRps / bareRps >= 0.5));

        var half = bareRps / 2;
        var (pageP95, bareP95, ownP95) = await P95AtHalfAsync(list, baseline, half, pageRps / 2, cookie: null);
        _figures.Add(new("a", $"p95 at a held {half:F0} requests per second, half the baseline's maximum (open loop): page / baseline", $"{pageP95:F1} ms / {bareP95:F1} ms"));
        _figures.Add(new("a", "p95 ratio at half the baseline's maximum rate", $"{pageP95 / bareP95:F2}", "≤ 2", pageP95 / bareP95 <= 2));
        _figures.Add(new("a", $"for comparison: the page at half its own maximum ({pageRps / 2:F0} per second), p95 / baseline's at half its own", $"{ownP95:F1} ms / {bareP95:F1} ms = {ownP95 / bareP95:F2}"));

        // a′: a member with the same filters, against the baseline as the network reads it (public and network projects).
        var memberBaseline = new Uri($"{baseline}&reader=member");
        var (signedIn, memberBares) = await AlternateAsync(list, memberBaseline, () => FreshCookieAsync(portal));
        var signedInRps = Median(signedIn.Select(r => r.RequestsPerSecond));
        var memberBareRps = Median(memberBares.Select(r => r.RequestsPerSecond));
        _figures.Add(new("a′", "signed in: list page / raw ADO.NET baseline as the network reads it, requests per second", $"{signedInRps:F0} / {memberBareRps:F0}"));
        _figures.Add(new("a′", "throughput ratio", $"{signedInRps / memberBareRps:F2}", "≥ 0.5", signedInRps / memberBareRps >= 0.5));
        var memberHalf = memberBareRps / 2;
        var (memberP95, memberBareP95, memberOwnP95) = await P95AtHalfAsync(list, memberBaseline, memberHalf, signedInRps / 2, () => FreshCookieAsync(portal));
        _figures.Add(new("a′", $"p95 at a held {memberHalf:F0} requests per second, half the baseline's maximum (open loop): page / baseline", $"{memberP95:F1} ms / {memberBareP95:F1} ms"));
        _figures.Add(new("a′", "p95 ratio at half the baseline's maximum rate", $"{memberP95 / memberBareP95:F2}", "≤ 2", memberP95 / memberBareP95 <= 2));
        _figures.Add(new("a′", $"for comparison: the page at half its own maximum ({signedInRps / 2:F0} per second), p95 / baseline's at half its own", $"{memberOwnP95:F1} ms / {memberBareP95:F1} ms = {memberOwnP95 / memberBareP95:F2}"));
    }

    /// <summary>
    /// The p95 of the page and of the baseline, each held at <paramref name="rate"/> (open loop), and of the page at
    /// <paramref name="ownRate"/>: medians over the rounds, alternating which goes first. A member's page gets a fresh
    /// cookie every round, as a browser keeps its renewed one.
    /// </summary>
    private async Task<(double Page, double Baseline, double Own)> P95AtHalfAsync(Uri page, Uri baseline, double rate, double ownRate, Func<Task<string>>? cookie)
    {
        var (pages, bares, own) = (new List<LoadResult>(), new List<LoadResult>(), new List<LoadResult>());
        async Task<IReadOnlyList<MixRequest>> PageAsync() => [new MixRequest(page, cookie is null ? null : await cookie())];
        for (var round = 0; round < plan.Rounds; round++)
        {
            // Alternate which goes first, so neither always runs on a warmer or cooler machine.
            if (round % 2 == 0)
            {
                pages.Add(await OpenLoop.RunAsync(await PageAsync(), rate, plan.Seconds));
                bares.Add(await OpenLoop.RunAsync(baseline, rate, plan.Seconds));
            }
            else
            {
                bares.Add(await OpenLoop.RunAsync(baseline, rate, plan.Seconds));
                pages.Add(await OpenLoop.RunAsync(await PageAsync(), rate, plan.Seconds));
            }

            own.Add(await OpenLoop.RunAsync(await PageAsync(), ownRate, plan.Seconds));
        }

        Fail(pages.Concat(own), page);
        Fail(bares, baseline);
        return (Median(pages.Select(r => r.P95Ms)), Median(bares.Select(r => r.P95Ms)), Median(own.Select(r => r.P95Ms)));
    }

    /// <summary>b: a project page with 20 reflections against the list page, as a visitor and (b′) signed in.</summary>
    private async Task ProjectAgainstListAsync(BenchPortal portal, Uri project, Uri list)
    {
        var (projects, lists) = await AlternateAsync(project, list);
        var projectRps = Median(projects.Select(r => r.RequestsPerSecond));
        var listRps = Median(lists.Select(r => r.RequestsPerSecond));
        _figures.Add(new("b", "project page with 20 reflections / list page, requests per second", $"{projectRps:F0} / {listRps:F0}"));
        _figures.Add(new("b", "throughput ratio", $"{projectRps / listRps:F2}", "≥ 0.8", projectRps / listRps >= 0.8));

        var (signedInProjects, signedInLists) = await AlternateAsync(project, list, () => FreshCookieAsync(portal), () => FreshCookieAsync(portal));
        var signedInProjectRps = Median(signedInProjects.Select(r => r.RequestsPerSecond));
        var signedInListRps = Median(signedInLists.Select(r => r.RequestsPerSecond));
        _figures.Add(new("b′", "signed in: project page (reflections, comments, follow state) / list page, requests per second", $"{signedInProjectRps:F0} / {signedInListRps:F0}"));
        _figures.Add(new("b′", "throughput ratio", $"{signedInProjectRps / signedInListRps:F2}", "≥ 0.8", signedInProjectRps / signedInListRps >= 0.8));
    }

    /// <summary>h: the signed-in pages of the site search and of the notifications, each against the list page's raw-ADO baseline, as a′.</summary>
    private async Task SignedInPagesAgainstBaselineAsync(BenchPortal portal, Uri siteSearch, Uri baseline)
    {
        foreach (var (name, page) in new[] { ("site search", siteSearch), ("notifications", new Uri(portal.Http, "/notifications")) })
        {
            var (pages, bares) = await AlternateAsync(page, baseline, () => FreshCookieAsync(portal));
            var pageRps = Median(pages.Select(r => r.RequestsPerSecond));
            var bareRps = Median(bares.Select(r => r.RequestsPerSecond));
            _figures.Add(new("h", $"signed in: {name} page / raw ADO.NET baseline, requests per second", $"{pageRps:F0} / {bareRps:F0}"));
            _figures.Add(new("h", $"{name}: throughput ratio", $"{pageRps / bareRps:F2}", "≥ 0.5", pageRps / bareRps >= 0.5));
        }
    }

    /// <summary>
    /// g: the realistic mix (<see cref="Mix"/>) on a portal of its own, started cold on a fresh copy of the network:
    /// its throughput and the baseline's over the same pages with wrk, alternating; then both held at half the
    /// portal's maximum (open loop), for the p95 ratio and the slowest answer; and the portal's peak working set.
    /// </summary>
    private async Task RealisticMixAsync()
    {
        var folder = PortalServices.Copy(Paths.Network(plan.Small, plan.Seed), "mix");
        var pages = Mix.Draw(folder, plan.Seed);
        await using var portal = await BenchPortal.StartAsync(folder);
        async Task<string[]> CookiesAsync() => await Task.WhenAll(Enumerable.Range(1, MixMembers).Select(person => FreshCookieAsync(portal, person)));
        await CheckMixAsync(portal, pages, await CookiesAsync());

        var portalFile = Path.Combine(folder, "mix-portal.txt");
        var baselineFile = Path.Combine(folder, "mix-baseline.txt");
        var (pageRuns, bareRuns) = (new List<LoadResult>(), new List<LoadResult>());
        await InTurnsAsync(
            async () => pageRuns.Add(await Wrk.RunListAsync(portal.Http, await Mix.WriteAsync(pages, baseline: false, await CookiesAsync(), portalFile), Connections, plan.Seconds)),
            async () => bareRuns.Add(await Wrk.RunListAsync(portal.Http, await Mix.WriteAsync(pages, baseline: true, [], baselineFile), Connections, plan.Seconds)));

        var mixUrl = new Uri(portal.Http, "/experiments (mix)");
        Fail(pageRuns, mixUrl);
        Fail(bareRuns, mixUrl);
        var pageRps = Median(pageRuns.Select(r => r.RequestsPerSecond));
        var bareRps = Median(bareRuns.Select(r => r.RequestsPerSecond));
        var lists = pages.Count(p => p.Path.StartsWith("/experiments?", StringComparison.Ordinal) || p.Path == "/experiments");
        var projects = pages.Count(p => p.Path.StartsWith("/experiments/", StringComparison.Ordinal));
        _figures.Add(new("g", $"mix of {pages.Count:N0} pages ({lists:N0} distinct list URLs, {projects:N0} project and {pages.Count - lists - projects:N0} reflection pages; {pages.Count(p => p.Member):N0} as a member): portal / baseline, requests per second", $"{pageRps:F0} / {bareRps:F0} = {pageRps / bareRps:F2}"));

        var rate = pageRps / 2;
        var (pagesHeld, baresHeld) = (new List<LoadResult>(), new List<LoadResult>());
        await InTurnsAsync(
            async () => pagesHeld.Add(await OpenLoop.RunAsync(Mix.Requests(pages, portal.Http, baseline: false, await CookiesAsync()), rate, plan.Seconds)),
            async () => baresHeld.Add(await OpenLoop.RunAsync(Mix.Requests(pages, portal.Http, baseline: true, []), rate, plan.Seconds)));

        Fail(pagesHeld, mixUrl);
        Fail(baresHeld, mixUrl);
        var pageP95 = Median(pagesHeld.Select(r => r.P95Ms));
        var bareP95 = Median(baresHeld.Select(r => r.P95Ms));
        var slowest = pagesHeld.Max(r => r.MaxMs);
        _figures.Add(new("g", $"p95 at a held {rate:F0} requests per second, half the portal's maximum on the mix (open loop): portal / baseline", $"{pageP95:F1} ms / {bareP95:F1} ms"));
        _figures.Add(new("g", "p95 ratio", $"{pageP95 / bareP95:F2}", "≤ 3", pageP95 / bareP95 <= 3));
        _figures.Add(new("g", "slowest answer of the portal at that rate", $"{slowest:F0} ms", "≤ 1,000 ms", slowest <= 1_000));
        var peak = PeakWorkingSet.Of(portal.ProcessId) / 1024.0 / 1024.0;
        _figures.Add(new("g", "peak working set of the portal through g", $"{peak:F0} MB", "≤ 400 MB", peak <= 400));
    }

    /// <summary>Every page of the mix answers, a member's as a member; a list's first rows are the baseline's.</summary>
    private static async Task CheckMixAsync(BenchPortal portal, IReadOnlyList<MixPage> pages, IReadOnlyList<string> cookies)
    {
        using var handler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false };
        using var client = new HttpClient(handler);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var checkedLists = 0;
        foreach (var request in Mix.Requests(pages, portal.Http, baseline: false, cookies).Take(60))
        {
            using var message = new HttpRequestMessage(HttpMethod.Get, request.Url);
            if (request.Cookie is not null)
            {
                message.Headers.Add("Cookie", request.Cookie);
            }

            using var response = await client.SendAsync(message);
            var html = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK || (request.Cookie is not null) != html.Contains("/account/logout", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{request.Url} answered {(int)response.StatusCode}{(request.Cookie is null ? string.Empty : " to a member")}, or not as the reader it was asked by.");
            }

            if (request.Cookie is null && request.Url.AbsolutePath == "/experiments")
            {
                var (shown, bare) = (Ids(html), Ids(await client.GetStringAsync(new Uri(portal.Http, BaselineEndpoint.Path + request.Url.Query))));
                if (!shown.Take(bare.Count).SequenceEqual(bare) || (bare.Count == 0 && shown.Count > 0))
                {
                    throw new InvalidOperationException($"The list page {request.Url} and the baseline show different rows: {string.Join(',', shown)} / {string.Join(',', bare)}.");
                }

                checkedLists += bare.Count > 0 ? 1 : 0;
            }
        }

        if (checkedLists == 0)
        {
            throw new InvalidOperationException("No visitor's list page with rows among the mix's first 60 pages to check against the baseline.");
        }
    }

    /// <summary>
    /// A member's cookie, signed in afresh before each round: a browser keeps the cookie the security-stamp check
    /// renews every Sessions:StampCheckSeconds, which wrk, replaying one cookie, cannot.
    /// </summary>
    private static async Task<string> FreshCookieAsync(BenchPortal portal, int person = 1)
    {
        var cookies = new CookieContainer();
        using var member = portal.Browser(cookies);
        await SignInAsync(member, person);
        return cookies.GetCookieHeader(portal.Https);
    }

    /// <summary>c: the p95 of a full-text search with a facet filter, at a moderate fixed concurrency.</summary>
    private async Task<double> SearchP95Async(Uri search)
    {
        var runs = new List<LoadResult>();
        for (var round = 0; round < plan.Rounds; round++)
        {
            runs.Add(await Wrk.RunAsync(search, 4, plan.Seconds));
        }

        Fail(runs, search);
        return Median(runs.Select(r => r.P95Ms));
    }

    /// <summary>e: 8 signed-in people adding comments while 8 visitors read project pages, all at once on the SQLite file.</summary>
    private async Task WritersAsync(BenchPortal portal, (int Experiment, int Reflection) showcase, Uri project)
    {
        var until = DateTime.UtcNow.AddSeconds(plan.Seconds * plan.Rounds);
        var writes = new List<double>();
        var reads = new List<double>();
        var failures = 0;
        var writers = Enumerable.Range(0, 8).Select(async i =>
        {
            using var browser = portal.Browser();
            await SignInAsync(browser, i);
            var token = Token(await browser.GetStringAsync(new Uri($"/reflections/{showcase.Reflection}", UriKind.Relative)));
            var n = 0;
            while (DateTime.UtcNow < until)
            {
                var watch = Stopwatch.StartNew();
                var response = await browser.PostAsync(new Uri($"/reflections/{showcase.Reflection}?handler=Comment", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token,
                    ["Input.Body"] = $"Schrijver {i}, bericht {n++}: herkenbaar, bij ons ging het net zo.",
                }));
                watch.Stop();
                lock (writes)
                {
                    writes.Add(watch.Elapsed.TotalMilliseconds);
                    failures += (int)response.StatusCode == 302 ? 0 : 1;
                }
            }
        });
        var readers = Enumerable.Range(0, 8).Select(async _ =>
        {
            using var client = portal.Visitor();
            while (DateTime.UtcNow < until)
            {
                var watch = Stopwatch.StartNew();
                var response = await client.GetAsync(project);
                watch.Stop();
                lock (reads)
                {
                    reads.Add(watch.Elapsed.TotalMilliseconds);
                    failures += response.IsSuccessStatusCode ? 0 : 1;
                }
            }
        });
        await Task.WhenAll(writers.Concat(readers));
        var busy = File.ReadLines(portal.LogFile).Count(l => l.Contains("database is locked", StringComparison.OrdinalIgnoreCase) || l.Contains("SQLITE_BUSY", StringComparison.Ordinal));
        var writeP95 = Percentile(writes, 95);
        var readP95 = Percentile(reads, 95);
        _figures.Add(new("e", $"8 writers and 8 readers for {plan.Seconds * plan.Rounds} s: writes / reads", $"{writes.Count:N0} / {reads.Count:N0}"));
        _figures.Add(new("e", "errors shown to people (non-redirect writes, failed reads) and busy lines in the log", $"{failures} and {busy}", "0", failures == 0 && busy == 0));
        _figures.Add(new("e", "write p95 / read p95", $"{writeP95:F1} ms / {readP95:F1} ms = {writeP95 / readP95:F2}", "≤ 4", writeP95 / readP95 <= 4));
    }

    /// <summary>Signs in generated person number <paramref name="person"/> on this browser.</summary>
    private static async Task SignInAsync(HttpClient browser, int person)
    {
        var login = Token(await browser.GetStringAsync(new Uri("/account/login", UriKind.Relative)));
        var signedIn = await browser.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = login,
            ["Input.Email"] = $"persoon{person:00000}@example.nl",
            ["Input.Password"] = NetworkGenerator.Password,
        }));
        if ((int)signedIn.StatusCode != 302)
        {
            throw new InvalidOperationException($"Person {person} could not sign in: {(int)signedIn.StatusCode}.");
        }
    }

    /// <summary>d: the weekly digest for the small and the large number of people, each in a process of its own.</summary>
    private async Task DigestAsync(CancellationToken cancellationToken)
    {
        var small = await DigestProcessAsync(plan.DigestSmall, cancellationToken);
        var large = await DigestProcessAsync(plan.DigestLarge, cancellationToken);
        if (small.Queued == 0 || large.Queued == 0)
        {
            throw new InvalidOperationException($"No digest was composed ({small.Queued}, {large.Queued} queued): the runs measured nothing but failures; see the DigestDeliveries table in {Paths.RunFolder}.");
        }

        var ratio = large.Seconds / small.Seconds;
        _figures.Add(new("d", $"digest for {small.People:N0} / {large.People:N0} people: composed (queued)", $"{small.Planned:N0} ({small.Queued:N0}) in {small.Seconds:F1} s / {large.Planned:N0} ({large.Queued:N0}) in {large.Seconds:F1} s"));
        _figures.Add(new("d", "time ratio", $"{ratio:F2}", $"≤ {1.1 * large.People / small.People:F0}", ratio <= 1.1 * large.People / small.People));
        var spread = Math.Abs(large.CommandsPerBatch - small.CommandsPerBatch) / small.CommandsPerBatch;
        _figures.Add(new("d", $"SQL commands per batch of {small.BatchSize}", $"{small.CommandsPerBatch:F1} / {large.CommandsPerBatch:F1}", "constant (within 10 %)", spread <= 0.10));
        var peak = Math.Max(small.PeakBytes, large.PeakBytes) / 1024.0 / 1024.0;
        _figures.Add(new("d", "peak memory of the digest process", $"{small.PeakBytes / 1024 / 1024} MB / {large.PeakBytes / 1024 / 1024} MB", "≤ 500 MB", peak <= 500));
    }

    private async Task<DigestRun.Result> DigestProcessAsync(int people, CancellationToken cancellationToken)
    {
        var folder = PortalServices.Copy(Paths.Network(plan.DigestNetwork, plan.Seed), $"digest-{people}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "LearningNetwork.Bench.dll"), "digest", "--folder", folder, "--people", people.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The digest run did not start.");
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var line = output.Split('\n').LastOrDefault(l => l.StartsWith("DIGEST ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("The digest run gave no result: " + output);
        return DigestRun.Result.Parse(line["DIGEST ".Length..]);
    }

    private Figure PeakFigure(int processId)
    {
        var peak = PeakWorkingSet.Of(processId) / 1024.0 / 1024.0;
        return new("f", "peak working set of the portal after scenario a", $"{peak:F0} MB", "≤ 400 MB", peak <= 400);
    }

    /// <summary>Rounds of both, alternating which goes first; each with its cookie, if any, fetched afresh for each round.</summary>
    private async Task<(List<LoadResult> First, List<LoadResult> Second)> AlternateAsync(Uri first, Uri second, Func<Task<string>>? cookie = null, Func<Task<string>>? secondCookie = null)
    {
        var a = new List<LoadResult>();
        var b = new List<LoadResult>();
        await InTurnsAsync(
            async () => a.Add(await Wrk.RunAsync(first, Connections, plan.Seconds, cookie is null ? null : await cookie())),
            async () => b.Add(await Wrk.RunAsync(second, Connections, plan.Seconds, secondCookie is null ? null : await secondCookie())));
        Fail(a, first);
        Fail(b, second);
        return (a, b);
    }

    /// <summary>Both, round after round, alternating which goes first, so neither always runs on a warmer or cooler machine.</summary>
    private async Task InTurnsAsync(Func<Task> first, Func<Task> second)
    {
        for (var round = 0; round < plan.Rounds; round++)
        {
            await (round % 2 == 0 ? first() : second());
            await (round % 2 == 0 ? second() : first());
        }
    }

    private static void Fail(IEnumerable<LoadResult> runs, Uri url)
    {
        if (runs.Any(r => r.Errors > 0 || r.Requests == 0))
        {
            throw new InvalidOperationException($"{url} answered with errors: {string.Join(", ", runs.Select(r => r.Errors))}.");
        }
    }

    /// <summary>A search for one street (about 1 in 2,000 projects) with a theme facet: what someone looking for a project does.</summary>
    private static Uri SearchUrl(BenchPortal portal) => new(portal.Http, $"/experiments?q={NetworkGenerator.SearchStreet}&theme=renovation");

    /// <summary>The site-wide search for the same street, as a visitor types it in the header: every kind, ranked, with counts.</summary>
    private static Uri SiteSearchUrl(BenchPortal portal) => new(portal.Http, $"/search?q={NetworkGenerator.SearchStreet.ToLowerInvariant()}");

    private static (int Experiment, int Reflection) Showcase(string folder)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, DatabaseOptions.SqliteFileName)};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT e.Id, (SELECT MIN(r.Id) FROM Reflections r WHERE r.ExperimentId = e.Id) FROM Experiments e WHERE e.Title = $title";
        command.Parameters.AddWithValue("$title", NetworkGenerator.ShowcaseTitle);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt32(0), reader.GetInt32(1)) : throw new InvalidOperationException("The network has no showcase project.");
    }

    private static string Token(string html) =>
        TokenInput().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("No form token on the page.");

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    internal static double Percentile(IEnumerable<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
    }

    [GeneratedRegex("href=\"/experiments/(\\d+)\"")]
    private static partial Regex ProjectLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
