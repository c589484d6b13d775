using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Municipalities;

namespace LearningNetwork.UnitTests;

public sealed class DomainTests
{
    [Theory]
    [InlineData("nl", "Nederlands")]
    [InlineData("en", "English")]
    [InlineData("EN", "English")]
    [InlineData("de", "Nederlands")]
    public void Localized_text_falls_back_to_Dutch(string language, string expected)
    {
        Assert.Equal(expected, new LocalizedText("Nederlands", "English").For(language));
    }

    [Theory]
    [InlineData("GM0363", true)]
    [InlineData("GM036", false)]
    [InlineData("gm0363", false)]
    [InlineData("GM03633", false)]
    [InlineData("PV0363", false)]
    [InlineData(null, false)]
    public void CBS_codes_are_GM_and_four_digits(string? code, bool valid)
    {
        Assert.Equal(valid, Municipality.IsValidCbsCode(code));
        if (!valid && code is not null)
        {
            Assert.Throws<ArgumentException>(() => new Municipality("Ergens", code, Province.Utrecht));
        }
    }

    [Fact]
    public void A_barrier_cannot_point_at_a_lesson_that_does_not_exist()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Domain.Taxonomy.Barrier(1, new("a", "b"), new("c", "d"), [12]));
    }
}
