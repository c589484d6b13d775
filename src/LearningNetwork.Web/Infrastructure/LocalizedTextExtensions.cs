using System.Globalization;
using LearningNetwork.Domain.Common;

namespace LearningNetwork.Web.Infrastructure;

public static class LocalizedTextExtensions
{
    /// <summary>The text in the language of the current request.</summary>
    public static string Current(this LocalizedText text) => text.For(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
}
