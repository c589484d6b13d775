using System.Globalization;
using LearningNetwork.Application.Accounts.Register;
using LearningNetwork.Application.Common.Localization;

namespace LearningNetwork.UnitTests;

public sealed class AccountValidationTests
{
    private static readonly RegisterValidator Validator = new();

    [Theory]
    [InlineData("anne@tilburg.nl", true)]
    [InlineData("a.b-c+d@sub.gemeente.nl", true)]
    [InlineData("anne@tilburg", false)]
    [InlineData("anne tilburg.nl", false)]
    [InlineData("anne@@tilburg.nl", false)]
    [InlineData("Anne <anne@tilburg.nl>", false)]
    [InlineData("anne@tilburg.nl\r\nBcc: x@y.nl", false)]
    [InlineData("anne@.nl", false)]
    public void Email_addresses(string email, bool valid)
    {
        var result = Validator.Validate(Command(email: email));

        Assert.Equal(valid, result.Errors.All(e => e.PropertyName != nameof(RegisterCommand.Email)));
    }

    [Theory]
    [InlineData(11, false)]
    [InlineData(12, true)]
    [InlineData(128, true)]
    [InlineData(129, false)]
    public void Passwords_need_12_to_128_characters_and_nothing_else(int length, bool valid)
    {
        var password = new string('a', length);

        var result = Validator.Validate(Command(password: password));

        Assert.Equal(valid, result.IsValid);
    }

    [Fact]
    public void Messages_follow_the_current_language_and_the_scope_restores_it()
    {
        var before = CultureInfo.CurrentUICulture;
        using (new CultureScope("en"))
        {
            Assert.Equal("Enter your name.", Validator.Validate(Command(name: "")).Errors.Single().ErrorMessage);
        }

        using (new CultureScope("nl"))
        {
            Assert.Equal("Vul je naam in.", Validator.Validate(Command(name: "")).Errors.Single().ErrorMessage);
        }

        Assert.Equal(before, CultureInfo.CurrentUICulture);
    }

    [Fact]
    public void A_language_other_than_Dutch_or_English_is_refused()
    {
        Assert.Contains(Validator.Validate(Command(language: "de")).Errors, e => e.PropertyName == nameof(RegisterCommand.Language));
    }

    private static RegisterCommand Command(string email = "anne@tilburg.nl", string name = "Anne", string password = "een lange zin als wachtwoord", string language = "nl") =>
        new(email, name, password, password, language);
}
