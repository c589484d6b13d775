using LearningNetwork.Application.Common.Localization;
using Microsoft.Extensions.Localization;

namespace LearningNetwork.Web.Infrastructure;

/// <summary>A count with its noun in the page texts: "1 project", "2 projecten" (<see cref="Plurals"/>).</summary>
public static class PluralText
{
    /// <summary>The count is {0}; <paramref name="more"/> fills {1} onwards.</summary>
    public static LocalizedString Plural(this IStringLocalizer localizer, string name, int count, params object[] more) => localizer[Plurals.KeyFor(name, count), [count, .. more]];
}
