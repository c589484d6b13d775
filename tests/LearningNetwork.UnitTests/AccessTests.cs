using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Membership;

namespace LearningNetwork.UnitTests;

/// <summary>The roles of product.md as a table: every rule for every kind of viewer.</summary>
public sealed class AccessTests
{
    private const int A = 1;
    private const int B = 2;

    public static TheoryData<string, Viewer> Viewers() => new()
    {
        { "visitor", Viewer.Anonymous },
        { "reader", new Viewer("reader", false, null, null) },
        { "member of A", new Viewer("member", false, A, MembershipRole.Member) },
        { "member of B", new Viewer("memberB", false, B, MembershipRole.Member) },
        { "coordinator of A", new Viewer("coordinator", false, A, MembershipRole.Coordinator) },
        { "network admin", new Viewer("admin", true, null, null) },
    };

    private static readonly Dictionary<string, (bool Public, bool Network, bool DraftOfA, bool EditA, bool ManageA, bool ManageMunicipalities)> Expected = new()
    {
        ["visitor"] = (true, false, false, false, false, false),
        ["reader"] = (true, true, false, false, false, false),
        ["member of A"] = (true, true, true, true, false, false),
        ["member of B"] = (true, true, false, false, false, false),
        ["coordinator of A"] = (true, true, true, true, true, false),
        ["network admin"] = (true, true, false, false, true, true),
    };

    [Theory]
    [MemberData(nameof(Viewers))]
    public void Each_rule_allows_exactly_the_roles_product_md_names(string who, Viewer viewer)
    {
        var expected = Expected[who];

        Assert.Equal(expected.Public, viewer.CanRead(Visibility.Public, A));
        Assert.Equal(expected.Network, viewer.CanRead(Visibility.Network, A));
        Assert.Equal(expected.DraftOfA, viewer.CanRead(Visibility.Draft, A));
        Assert.Equal(expected.EditA, viewer.CanEditContentOf(A));
        Assert.Equal(expected.ManageA, viewer.CanManageMembersOf(A));
        Assert.Equal(expected.ManageMunicipalities, viewer.CanManageMunicipalities());
        Assert.Equal(who == "member of B", viewer.CanEditContentOf(B));
    }

    /// <summary>The named rules for content, moderation and the network, on a reflection or comment of municipality A written by the member of A.</summary>
    private static readonly Dictionary<string, (bool Start, bool ChangeReflection, bool DeleteReflection, bool ChangeComment, bool Moderate, bool Administer, bool SignedIn)> Named = new()
    {
        ["visitor"] = (false, false, false, false, false, false, false),
        ["reader"] = (false, false, false, false, false, false, true),
        ["member of A"] = (true, true, true, true, false, false, true),
        ["member of B"] = (true, false, false, false, false, false, true),
        ["coordinator of A"] = (true, false, true, false, false, false, true),
        ["network admin"] = (false, false, false, false, true, true, true),
    };

    [Theory]
    [MemberData(nameof(Viewers))]
    public void The_named_rules_for_content_moderation_and_the_network_allow_exactly_these_roles(string who, Viewer viewer)
    {
        var expected = Named[who];

        Assert.Equal(expected.Start, viewer.CanWriteForAMunicipality());
        Assert.Equal(expected.ChangeReflection, viewer.CanChangeReflection("member", A));
        Assert.Equal(expected.DeleteReflection, viewer.CanDeleteReflection("member", A));
        Assert.Equal(expected.ChangeComment, viewer.CanChangeComment("member", hidden: false));
        Assert.Equal(expected.ChangeComment, viewer.CanDeleteComment("member"));
        Assert.False(viewer.CanChangeComment("member", hidden: true));
        Assert.False(viewer.CanChangeReflection(null, A));
        Assert.Equal(expected.Moderate, viewer.CanModerate());
        Assert.Equal(expected.Administer, viewer.CanAdministerNetwork());
        Assert.Equal(expected.SignedIn, viewer.IsSignedIn());
        Assert.Equal(Permissions.Of(viewer), new Permissions(expected.SignedIn, expected.Moderate, expected.Administer, viewer.CanManageMunicipalities()));
    }

    [Theory]
    [MemberData(nameof(Viewers))]
    public void The_database_filter_says_the_same_as_the_rule(string who, Viewer viewer)
    {
        Assert.True(Expected.ContainsKey(who));
        Item[] items =
        [
            new(A, Visibility.Public), new(A, Visibility.Network), new(A, Visibility.Draft),
            new(B, Visibility.Public), new(B, Visibility.Network), new(B, Visibility.Draft),
        ];

        var filtered = items.AsQueryable().VisibleTo(viewer).ToList();

        Assert.Equal(items.Where(i => viewer.CanRead(i.Visibility, i.MunicipalityId)), filtered);
    }

    private sealed record Item(int MunicipalityId, Visibility Visibility) : IMunicipalityContent;
}
