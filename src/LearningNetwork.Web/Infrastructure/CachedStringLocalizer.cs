using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace LearningNetwork.Web.Infrastructure;

/// <summary>
/// The framework's resource localizers, each kept once, with the texts they find kept per culture (ADR 0027).
/// A list page asks for about a hundred texts; each lookup through <see cref="ResourceManagerStringLocalizer"/> takes
/// the resource manager's locks and builds a key string, which showed as lock contention and garbage under load.
/// </summary>
internal sealed class CachedStringLocalizerFactory(ResourceManagerStringLocalizerFactory inner) : IStringLocalizerFactory
{
    private readonly ConcurrentDictionary<Type, IStringLocalizer> _byType = new();
    private readonly ConcurrentDictionary<(string BaseName, string Location), IStringLocalizer> _byName = new();

    public IStringLocalizer Create(Type resourceSource) =>
        _byType.GetOrAdd(resourceSource, static (type, factory) => new CachedStringLocalizer(factory.Create(type)), inner);

    public IStringLocalizer Create(string baseName, string location) =>
        _byName.GetOrAdd((baseName, location), static (key, factory) => new CachedStringLocalizer(factory.Create(key.BaseName, key.Location)), inner);
}

/// <summary>
/// Keeps each text the inner localizer finds, by the culture it was asked in; a name it does not find is asked again
/// every time, so what is kept is bounded by the resource files. Formatting is the inner localizer's: the current
/// culture's format of the text, or of the name when there is no text.
/// </summary>
internal sealed class CachedStringLocalizer(IStringLocalizer inner) : IStringLocalizer
{
    private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> _found = new();

    public LocalizedString this[string name]
    {
        get
        {
            var key = (CultureInfo.CurrentUICulture.Name, name);
            if (_found.TryGetValue(key, out var text))
            {
                return text;
            }

            text = inner[name];
            if (!text.ResourceNotFound)
            {
                _found.TryAdd(key, text);
            }

            return text;
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound, format.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);
}
