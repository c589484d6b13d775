using LearningNetwork.Application.Common.Localization;
using Microsoft.Extensions.Localization;

namespace LearningNetwork.Web.Infrastructure;

/// <summary>A count with its noun in the page texts: "1 project", "2 projecten" (<see cref="Plurals"/>).</summary>
public static class PluralText
{
    public static LocalizedString Plural(this IStringLocalizer localizer, string name, int count) => localizer[Plurals.KeyFor(name, count), count];
}
