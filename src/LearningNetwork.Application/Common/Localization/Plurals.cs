using System.Globalization;
using LearningNetwork.Application.Resources;

namespace LearningNetwork.Application.Common.Localization;

/// <summary>
/// A count with its noun. Dutch and English both use one form for exactly one and another for every other number:
/// the resources keep them as <c>Name_One</c> and <c>Name</c>, each with the count as <c>{0}</c>.
/// </summary>
public static class Plurals
{
    public static string KeyFor(string name, int count) => count == 1 ? name + "_One" : name;

    /// <summary>The mail texts' form of <paramref name="name"/> for <paramref name="count"/>, in <paramref name="culture"/>.</summary>
    public static string Format(CultureInfo culture, string name, int count) =>
        string.Format(culture, AppTexts.ResourceManager.GetString(KeyFor(name, count), culture) ?? throw new KeyNotFoundException(KeyFor(name, count)), count);
}
