using System.Net;
using LearningNetwork.Domain.Membership;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// Every page and action that takes a municipality or request id, tried by every kind of user (product.md): each
/// cell is allowed or refused as the roles say; a refusal is 403 or 404 (a visitor is sent to sign in) and
/// changes nothing in the database.
/// </summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixTests.World world) : IClassFixture<AuthorizationMatrixTests.World>
{
    public enum Who
    {
        Visitor,
        Reader,
        MemberOfA,
        MemberOfB,
        CoordinatorOfA,
        NetworkAdmin,
    }

    private static readonly Who[] Everyone = Enum.GetValues<Who>();

    /// <summary>Route (with {A}, {B}, {R} for municipality A, B and a pending request to A) → who may.</summary>
    private static readonly (string Method, string Route, Who[] Allowed)[] Cells =
    [
        ("GET", "/municipalities/{A}", Everyone),
        ("GET", "/municipalities/{B}", Everyone),
        ("GET", "/municipalities/{A}/members", [Who.CoordinatorOfA, Who.NetworkAdmin]),
        ("GET", "/municipalities/{B}/members", [Who.NetworkAdmin]),
        ("GET", "/admin/municipalities/edit/{A}", [Who.NetworkAdmin]),
        ("GET", "/admin/audit", [Who.NetworkAdmin]),
        ("GET", "/admin/requests", [Who.NetworkAdmin]),
        ("GET", "/account", [Who.Reader, Who.MemberOfA, Who.MemberOfB, Who.CoordinatorOfA, Who.NetworkAdmin]),
        ("GET", "/api/v1/municipalities", Everyone),
        ("POST", "/municipalities/{A}/members?handler=Decide&requestId={R}&approve=true", []),
        ("POST", "/municipalities/{A}/members?handler=Remove&userId={memberA}", []),
        ("POST", "/municipalities/{A}/members?handler=Coordinator&userId={memberA}&coordinator=true", []),
        ("POST", "/municipalities/{A}/members?handler=Appoint", []),
        ("POST", "/municipalities/{B}/members?handler=Decide&requestId={RB}&approve=true", []),
        ("POST", "/admin/municipalities/edit/{A}", []),
    ];

    public static TheoryData<string, Who, bool> Reads()
    {
        var data = new TheoryData<string, Who, bool>();
        foreach (var (_, route, allowed) in Cells.Where(c => c.Method == "GET"))
        {
            foreach (var who in Everyone)
            {
                data.Add(route, who, allowed.Contains(who));
            }
        }

        return data;
    }

    /// <summary>Writes are tried only by those who may not (the allowed writes are the journeys' tests), so the world stays the same for every cell.</summary>
    public static TheoryData<string, Who> RefusedWrites()
    {
        var data = new TheoryData<string, Who>();
        foreach (var (_, route, _) in Cells.Where(c => c.Method == "POST"))
        {
            foreach (var who in Everyone.Where(w => !MayWrite(route, w)))
            {
                data.Add(route, who);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Reads_are_allowed_or_refused_as_the_roles_say(string route, Who who, bool allowed)
    {
        var response = await (await world.ClientAsync(who)).GetAsync(new Uri(world.Resolve(route), UriKind.Relative));

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            AssertRefused(who, response);
        }
    }

    [Theory]
    [MemberData(nameof(RefusedWrites))]
    public async Task Refused_writes_change_nothing(string route, Who who)
    {
        var before = await world.SnapshotAsync();

        var response = await (await world.ClientAsync(who)).PostWithTokenAsync(world.Resolve(route), new Dictionary<string, string>
        {
            ["Input.Email"] = "reader@example.com",
            ["Input.Reason"] = "test",
            ["Input.Name"] = "Overgenomen",
            ["Input.CbsCode"] = "GM0855",
            ["Input.Province"] = "NoordBrabant",
        });

        AssertRefused(who, response);
        Assert.Equal(before, await world.SnapshotAsync());
    }

    private static bool MayWrite(string route, Who who) => route switch
    {
        _ when route.StartsWith("/admin/", StringComparison.Ordinal) => who == Who.NetworkAdmin,
        _ when route.Contains("handler=Appoint", StringComparison.Ordinal) => who == Who.NetworkAdmin,
        _ when route.StartsWith("/municipalities/{A}/", StringComparison.Ordinal) => who is Who.CoordinatorOfA or Who.NetworkAdmin,
        _ => who == Who.NetworkAdmin,
    };

    private static void AssertRefused(Who who, HttpResponseMessage response)
    {
        if (who == Who.Visitor && response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            return;
        }

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
    }

    /// <summary>Two municipalities, one of each kind of user, and a pending request to each.</summary>
    public sealed class World : IAsyncLifetime
    {
        private readonly Dictionary<Who, HttpClient> _clients = [];
        private readonly Dictionary<string, string> _ids = [];

        public PortalFactory Factory { get; } = new();

        public async Task InitializeAsync()
        {
            var a = await Network.MunicipalityIdAsync(Factory, "GM0855");
            var b = await Network.MunicipalityIdAsync(Factory, "GM0758");
            _ids["{A}"] = a.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _ids["{B}"] = b.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Network.PersonAsync(Factory, "reader@example.com", "Reader");
            _ids["{memberA}"] = await Network.PersonAsync(Factory, "member@tilburg.nl", "Member A", "GM0855");
            await Network.PersonAsync(Factory, "member@breda.nl", "Member B", "GM0758");
            await Network.PersonAsync(Factory, "coordinator@tilburg.nl", "Coordinator A", "GM0855", MembershipRole.Coordinator);
            await Network.AdminAsync(Factory, "admin@koppelkansen.nl");
            var applicantA = await Network.PersonAsync(Factory, "applicant-a@example.com", "Applicant A");
            var applicantB = await Network.PersonAsync(Factory, "applicant-b@example.com", "Applicant B");
            _ids["{R}"] = await RequestAsync(applicantA, a);
            _ids["{RB}"] = await RequestAsync(applicantB, b);

            _clients[Who.Visitor] = Factory.CreatePortalClient();
            _clients[Who.Reader] = await Network.SignedInAsync(Factory, "reader@example.com");
            _clients[Who.MemberOfA] = await Network.SignedInAsync(Factory, "member@tilburg.nl");
            _clients[Who.MemberOfB] = await Network.SignedInAsync(Factory, "member@breda.nl");
            _clients[Who.CoordinatorOfA] = await Network.SignedInAsync(Factory, "coordinator@tilburg.nl");
            _clients[Who.NetworkAdmin] = await Network.SignedInAsync(Factory, "admin@koppelkansen.nl");
        }

        public Task<HttpClient> ClientAsync(Who who) => Task.FromResult(_clients[who]);

        public string Resolve(string route) => _ids.Aggregate(route, (r, id) => r.Replace(id.Key, id.Value, StringComparison.Ordinal));

        /// <summary>Everything a refused write could have touched, as one comparable string.</summary>
        public Task<string> SnapshotAsync() => Factory.WithDbAsync(async db =>
            string.Join("|", await db.Memberships.OrderBy(m => m.Id).Select(m => m.UserId + m.MunicipalityId + m.Role).ToListAsync())
            + "#" + string.Join("|", await db.MembershipRequests.OrderBy(r => r.Id).Select(r => r.Id + "" + r.Status).ToListAsync())
            + "#" + string.Join("|", await db.Municipalities.OrderBy(m => m.Id).Select(m => m.Name + m.CbsCode + m.Province).ToListAsync())
            + "#" + await db.AuditEntries.CountAsync());

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }

        private async Task<string> RequestAsync(string userId, int municipalityId) => await Factory.WithDbAsync(async db =>
        {
            var request = new MembershipRequest(userId, municipalityId, "Graag lid.", DateTime.UtcNow);
            db.MembershipRequests.Add(request);
            await db.SaveChangesAsync();
            return request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
    }
}
