using System.Globalization;
using LearningNetwork.Domain.Common;

namespace LearningNetwork.Application.Common.Localization;

/// <summary>Switches the UI culture for a block (a mail in the recipient's language) and restores it after.</summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _previous;

    public CultureScope(string language)
    {
        _previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Languages.IsSupported(language) ? language.ToLowerInvariant() : Languages.Dutch);
    }

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}
