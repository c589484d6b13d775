using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace LearningNetwork.Web.Infrastructure;

/// <summary>Model-binding errors (a word where a number belongs, a missing value) in the visitor's language.</summary>
internal sealed class LocalizedModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var localizer = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => localizer["BindingValueInvalid", value]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => localizer["BindingValueInvalid", value]);
        messages.SetUnknownValueIsInvalidAccessor(_ => localizer["BindingValueInvalidNoValue"]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => localizer["BindingValueInvalidNoValue"]);
        messages.SetValueIsInvalidAccessor(value => localizer["BindingValueInvalid", value]);
        messages.SetValueMustBeANumberAccessor(_ => localizer["BindingMustBeNumber"]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => localizer["BindingMustBeNumber"]);
        messages.SetMissingBindRequiredValueAccessor(_ => localizer["BindingValueRequired"]);
        messages.SetMissingKeyOrValueAccessor(() => localizer["BindingValueRequired"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => localizer["BindingValueRequired"]);
        messages.SetValueMustNotBeNullAccessor(_ => localizer["BindingValueRequired"]);
    }
}
