using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.Following;
using LearningNetwork.Domain.Membership;
using LearningNetwork.Domain.Municipalities;
using LearningNetwork.Domain.Reflections;
using LearningNetwork.Domain.Taxonomy;
using LearningNetwork.Infrastructure.Identity;
using LearningNetwork.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Bench;

/// <summary>How big a generated network is.</summary>
internal sealed record NetworkSize(string Name, int Experiments, int People)
{
    public static NetworkSize Parse(string name, int? people = null) => name switch
    {
        "tiny" => new("tiny", 400, people ?? 200),
        "10k" => new("10k", 10_000, people ?? 5_000),
        "100k" => new("100k", 100_000, people ?? 5_000),
        _ => throw new ArgumentException($"Unknown size '{name}': tiny, 10k or 100k."),
    };
}

/// <summary>
/// A network the size of all 342 Dutch municipalities, written through the portal's own model (so every row is
/// valid) into a SQLite file, the same for the same seed. Everything is dated relative to <see cref="Now"/>: the
/// week before it holds about 2 % of the projects and 5 % of the reflections, so a digest for that week has content.
/// </summary>
internal sealed class NetworkGenerator(AppDbContext db, NetworkSize size, int seed)
{
    /// <summary>Monday 2026-11-23, 09:00 in Amsterdam: two hours after that week's digest was due.</summary>
    public static readonly DateTime Now = new(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc);

    public const string Password = "Lerend netwerk 2026!";

    /// <summary>The public project with exactly 20 reflections, for the project-page scenario.</summary>
    public const string ShowcaseTitle = "Warmtenet en riolering in één keer: de proefwijk";

    public const int Municipalities = 342;

    private static readonly string[] Places = ["Noord", "Zuid", "Oost", "West", "Centrum", "Dorp", "Haven", "Park", "Veld", "Hof"];
    private static readonly string[] Subjects = ["Warmtenet", "Riolering", "Renovatie", "Isolatie", "Inductie koken", "Groen dak", "Buurtaanpak", "Energiecoach", "Warmtepomp", "Klimaatadaptatie"];
    private static readonly string[] Verbs = ["gekoppeld aan", "samen met", "meegenomen in", "afgestemd op", "gecombineerd met"];
    // 40 × 50 = 2,000 street names: a search for one finds a handful of projects at 10,000 and ten times as many at 100,000.
    private static readonly string[] StreetStarts = ["Acacia", "Beuken", "Berken", "Eiken", "Essen", "Hazel", "Iepen", "Kastanje", "Linden", "Meidoorn", "Populieren", "Wilgen", "Elzen", "Vlier", "Hulst", "Jasmijn", "Klaver", "Lavendel", "Magnolia", "Narcissen", "Orchideeën", "Rozen", "Tulpen", "Violieren", "Zonnebloem", "Anjer", "Boterbloem", "Dahlia", "Gerbera", "Hyacint", "Iris", "Kamperfoelie", "Lelie", "Margriet", "Pioen", "Ranonkel", "Seringen", "Vergeet-mij-niet", "Weegbree", "Zilverschoon"];
    private static readonly string[] StreetEnds = ["laan", "straat", "weg", "plein", "hof", "singel", "kade", "gracht", "dreef", "pad", "steeg", "park", "erf", "veld", "dijk", "baan", "ring", "wal", "markt", "hoek", "tuin", "gaarde", "oord", "horst", "donk", "hoeve", "kamp", "akker", "weide", "beemd", "brink", "dam", "laantje", "passage", "poort", "rede", "strand", "toren", "vaart", "zoom", "berg", "bosch", "daal", "heuvel", "kreek", "meer", "polder", "schans", "werf", "zijde"];

    /// <summary>
    /// Searches no two alike, in a seeded order, for measuring a search that is not yet kept: each street with each of
    /// the texts' words, in every kind of hit or one kind (2,000 × 20 × 4).
    /// </summary>
    public static IReadOnlyList<string> DistinctSearches(int seed)
    {
        var kinds = new[] { string.Empty, "&kind=Project", "&kind=Reflection", "&kind=Comment" };
        var searches = StreetStarts.SelectMany(start => StreetEnds.Select(end => (start + end).ToLowerInvariant()))
            .SelectMany(street => Words.SelectMany(word => kinds.Select(kind => $"/search?q={Uri.EscapeDataString(street + " " + word)}{kind}")))
            .ToArray();
        new Random(seed).Shuffle(searches);
        return searches;
    }

    /// <summary>The street of the search scenario: one of the 2,000.</summary>
    public const string SearchStreet = "Kastanjelaan";

    private static readonly string[] Words = ["bewoners", "corporatie", "netbeheerder", "planning", "subsidie", "wijk", "straat", "aannemer", "gemeente", "warmte", "riool", "groen", "woningen", "kosten", "overlast", "draagvlak", "energie", "bouw", "contract", "tempo"];

    private readonly Random _random = new(seed);

    public async Task GenerateAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var municipalities = await AddMunicipalitiesAsync(cancellationToken);
        var people = await AddPeopleAsync(municipalities, cancellationToken);
        var experiments = await AddExperimentsAsync(municipalities, people, cancellationToken);
        var reflections = await AddReflectionsAsync(experiments, people, cancellationToken);
        await AddCommentsAndFollowsAsync(reflections, people, municipalities, cancellationToken);
        await AddCaseRecordsAsync(experiments, cancellationToken);
    }

    /// <summary>
    /// Case records on about three in ten projects, from a random sequence of their own so the rest of the network is
    /// as it was: a work, one or two sources of money, an instrument, two departments and a role, which the list's
    /// record filter counts. The showcase project has one too, and three documents, as its page lists them. Their
    /// last update stays as it was, so the digest's week sees no more news.
    /// </summary>
    private async Task AddCaseRecordsAsync(List<(int Id, Visibility Visibility, string Author)> experiments, CancellationToken cancellationToken)
    {
        var random = new Random(seed + 22);
        T One<T>()
            where T : struct, Enum => Enum.GetValues<T>()[random.Next(Enum.GetValues<T>().Length)];
        var chosen = experiments.Where((_, i) => i == 0 || random.Next(10) < 3).Select(e => e.Id).ToList();
        foreach (var chunk in chosen.Chunk(1000))
        {
            var loaded = await db.Experiments.Include(e => e.Works).Include(e => e.RecordTags).AsSplitQuery().Where(e => chunk.Contains(e.Id)).ToListAsync(cancellationToken);
            foreach (var experiment in loaded)
            {
                var funding = new[] { One<FundingSource>(), One<FundingSource>() }.Distinct().Select(f => new Funding(f, f == FundingSource.Subsidy ? "Warmtefonds" : null)).ToList();
                var departments = new[] { One<Department>(), One<Department>() }.Distinct().ToList();
                experiment.SetRecord(
                    CaseRecord.Empty with
                    {
                        Works = [new CoupledWork(One<WorkKind>(), Sentence(4), null, null, null, random.Next(2) == 0)],
                        Funding = funding,
                        Legal = [new LegalItem(One<LegalInstrument>(), random.Next(3) == 0 ? InstrumentEffect.InTheWay : InstrumentEffect.Used)],
                        Departments = departments,
                        OwningDepartment = departments[0],
                        Roles = [One<OutsideRole>()],
                    },
                    experiment.UpdatedAtUtc);
            }

            db.ChangeTracker.DetectChanges();
            await SaveAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        var showcase = experiments[0];
        byte[] pdf = [.. "%PDF-1.4\n"u8.ToArray(), .. new byte[100_000]];
        byte[] photo = [0xFF, 0xD8, 0xFF, .. new byte[300_000]];
        db.ExperimentDocuments.Add(new ExperimentDocument(showcase.Id, "raadsbrief.pdf", "Raadsbrief over de proefwijk", DocumentType.Pdf, pdf, null, showcase.Author, Now.AddDays(-30)));
        foreach (var name in new[] { "bouwteam.jpg", "straat-open.jpg" })
        {
            db.ExperimentDocuments.Add(new ExperimentDocument(showcase.Id, name, null, DocumentType.Jpeg, photo, new DisplayImage(photo, 960, 720), showcase.Author, Now.AddDays(-30)));
        }

        db.ChangeTracker.DetectChanges();
        await SaveAsync(cancellationToken);
    }

    private async Task<List<int>> AddMunicipalitiesAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Municipalities.CountAsync(cancellationToken);
        var provinces = Enum.GetValues<Province>();
        for (var i = existing; i < Municipalities; i++)
        {
            db.Municipalities.Add(new Municipality($"Gemeente {i + 1:000}", $"GM{9000 - i:0000}", provinces[_random.Next(provinces.Length)]));
        }

        await SaveAsync(cancellationToken);
        return await db.Municipalities.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync(cancellationToken);
    }

    /// <summary>People share one password hash (hashing 5,000 passwords would take minutes): 4 in 5 belong to a municipality.</summary>
    private async Task<List<(string Id, int? Municipality)>> AddPeopleAsync(List<int> municipalities, CancellationToken cancellationToken)
    {
        var hash = new PasswordHasher<ApplicationUser>().HashPassword(new ApplicationUser(), Password);
        var people = new List<(string, int?)>();
        for (var i = 0; i < size.People; i++)
        {
            var email = $"persoon{i:00000}@example.nl";
            var user = new ApplicationUser
            {
                Id = NextGuid().ToString(),
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                DisplayName = $"Persoon {i:00000}",
                PasswordHash = hash,
                SecurityStamp = NextGuid().ToString("N"),
                ConcurrencyStamp = NextGuid().ToString(),
                LockoutEnabled = true,
                CreatedAtUtc = Now.AddDays(-400),
                PreferredLanguage = i % 5 == 0 ? Languages.English : Languages.Dutch,
            };
            db.Users.Add(user);
            int? municipality = i % 5 == 4 ? null : municipalities[_random.Next(municipalities.Count)];
            if (municipality is { } m)
            {
                db.Memberships.Add(new Membership(user.Id, m, i % 10 == 0 ? MembershipRole.Coordinator : MembershipRole.Member, Now.AddDays(-399)));
            }

            people.Add((user.Id, municipality));
            if (i % 1000 == 999)
            {
                await SaveAsync(cancellationToken);
            }
        }

        await SaveAsync(cancellationToken);
        return people;
    }

    private async Task<List<(int Id, Visibility Visibility, string Author)>> AddExperimentsAsync(List<int> municipalities, List<(string Id, int? Municipality)> people, CancellationToken cancellationToken)
    {
        var themes = SchetsboekCatalog.Themes().Select(t => t.Key).ToArray();
        var members = people.Where(p => p.Municipality is not null).ToList();
        var added = new List<Experiment>();
        var all = new List<(int, Visibility, string)>();
        for (var i = 0; i < size.Experiments; i++)
        {
            var author = members[_random.Next(members.Count)];
            var visibility = i == 0 ? Visibility.Public : Pick((Visibility.Public, 50), (Visibility.Network, 40), (Visibility.Draft, 10));
            var status = Pick((ExperimentStatus.Idea, 10), (ExperimentStatus.Preparing, 20), (ExperimentStatus.Running, 35), (ExperimentStatus.Realised, 15), (ExperimentStatus.Anchored, 5), (ExperimentStatus.Stalled, 10), (ExperimentStatus.Stopped, 5));
            var barriers = Distinct(_random.Next(0, 4), 1, 7).Select(b => new BarrierDetails(b, Pick((BarrierState.Encountered, 40), (BarrierState.Overcome, 35), (BarrierState.StillBlocking, 25)), _random.Next(3) == 0 ? Sentence(8) : null)).ToList();
            var lessons = Distinct(_random.Next(0, 5), 1, 11).Select(l => new LessonDetails(l, Pick((LessonHelped.Yes, 50), (LessonHelped.Partly, 35), (LessonHelped.No, 15)), _random.Next(3) == 0 ? Sentence(8) : null)).ToList();
            var title = i == 0 ? ShowcaseTitle : $"{Subjects[_random.Next(Subjects.Length)]} {Verbs[_random.Next(Verbs.Length)]} {Subjects[_random.Next(Subjects.Length)].ToLowerInvariant()} in {Places[_random.Next(Places.Length)]} {i}";
            var street = StreetStarts[_random.Next(StreetStarts.Length)] + StreetEnds[_random.Next(StreetEnds.Length)];
            var details = new ExperimentDetails(
                title, street, Places[_random.Next(Places.Length)], $"In de {street}: {Sentence(40 + _random.Next(40))}", _random.Next(10, 2000), null, null, null, visibility,
                Distinct(1 + _random.Next(3), 0, themes.Length - 1).Select(t => themes[t]).ToList(),
                [new PartnerDetails((PartnerType)_random.Next(1, 8), "Partner " + _random.Next(500))],
                barriers,
                lessons);
            var experiment = new Experiment(author.Municipality!.Value, details, status, author.Id, Moment(recentShare: 0.02, days: 1100), "Begonnen.");
            db.Experiments.Add(experiment);
            added.Add(experiment);
            if (added.Count == 1000)
            {
                await SaveAsync(cancellationToken);
                all.AddRange(added.Select(e => (e.Id, e.Visibility, e.CreatedByUserId)));
                added.Clear();
            }
        }

        await SaveAsync(cancellationToken);
        all.AddRange(added.Select(e => (e.Id, e.Visibility, e.CreatedByUserId)));
        return all;
    }

    private async Task<List<int>> AddReflectionsAsync(List<(int Id, Visibility Visibility, string Author)> experiments, List<(string Id, int? Municipality)> people, CancellationToken cancellationToken)
    {
        var reflections = new List<Reflection>();
        var ids = new List<int>();
        var count = experiments.Count / 2;
        for (var i = 0; i < count + 20; i++)
        {
            // The first 20 belong to the showcase project; the rest to any project.
            var experiment = i < 20 ? experiments[0] : experiments[_random.Next(experiments.Count)];
            var body = Sentence(60 + _random.Next(120));
            var reflection = new Reflection(
                experiment.Id, experiment.Author, (ReflectionKind)_random.Next(1, 5), Sentence(6), body, $"<p>{body}</p>",
                Distinct(_random.Next(0, 3), 1, 11), Distinct(1 + _random.Next(2), 1, 7), null, Moment(recentShare: 0.05, days: 1000));
            db.Reflections.Add(reflection);
            reflections.Add(reflection);
            if (reflections.Count == 2000)
            {
                await SaveAsync(cancellationToken);
                ids.AddRange(reflections.Select(r => r.Id));
                reflections.Clear();
            }
        }

        await SaveAsync(cancellationToken);
        ids.AddRange(reflections.Select(r => r.Id));
        return ids;
    }

    private async Task AddCommentsAndFollowsAsync(List<int> reflections, List<(string Id, int? Municipality)> people, List<int> municipalities, CancellationToken cancellationToken)
    {
        for (var i = 0; i < reflections.Count / 2; i++)
        {
            var body = Sentence(20);
            db.Comments.Add(new Comment(reflections[_random.Next(reflections.Count)], people[_random.Next(people.Count)].Id, body, $"<p>{body}</p>", Moment(recentShare: 0.05, days: 900)));
            if (i % 5000 == 4999)
            {
                await SaveAsync(cancellationToken);
            }
        }

        var themes = SchetsboekCatalog.Themes().Select(t => t.Key).ToArray();
        foreach (var (person, _) in people)
        {
            var follows = new HashSet<(FollowKind, string)>();
            var wanted = 1 + _random.Next(5);
            while (follows.Count < wanted)
            {
                follows.Add(_random.Next(4) switch
                {
                    0 => (FollowKind.Lesson, _random.Next(1, 12).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    1 => (FollowKind.Barrier, _random.Next(1, 8).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    2 => (FollowKind.Theme, themes[_random.Next(themes.Length)]),
                    _ => (FollowKind.Municipality, municipalities[_random.Next(municipalities.Count)].ToString(System.Globalization.CultureInfo.InvariantCulture)),
                });
            }

            foreach (var (kind, key) in follows)
            {
                db.Follows.Add(new Follow(person, kind, key, Now.AddDays(-300)));
            }
        }

        await SaveAsync(cancellationToken);
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>A moment in the last <paramref name="days"/> days; a share of them in the week before <see cref="Now"/>.</summary>
    private DateTime Moment(double recentShare, int days) =>
        _random.NextDouble() < recentShare
            ? Now.AddDays(-7).AddMinutes(_random.Next(6 * 24 * 60))
            : Now.AddDays(-8 - _random.Next(days)).AddMinutes(_random.Next(24 * 60));

    private Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private T Pick<T>(params (T Value, int Weight)[] choices)
    {
        var roll = _random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        return choices[^1].Value;
    }

    private List<int> Distinct(int count, int min, int max)
    {
        var values = new SortedSet<int>();
        while (values.Count < Math.Min(count, max - min + 1))
        {
            values.Add(_random.Next(min, max + 1));
        }

        return [.. values];
    }

    private string Sentence(int words)
    {
        var text = string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[_random.Next(Words.Length)]));
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }
}
