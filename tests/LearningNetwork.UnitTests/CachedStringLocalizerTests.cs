using LearningNetwork.Application.Common.Localization;
using LearningNetwork.Domain.Common;
using LearningNetwork.Web;
using LearningNetwork.Web.Infrastructure;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LearningNetwork.UnitTests;

/// <summary>The kept texts (ADR 0027) are exactly the resource files' texts, in the culture each is asked in.</summary>
public sealed class CachedStringLocalizerTests
{
    private static ResourceManagerStringLocalizerFactory Resources() =>
        new(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);

    [Fact]
    public void Every_text_is_the_resource_files_own_in_each_language_asked_in_turn()
    {
        var plain = Resources().Create(typeof(SharedResource));
        var kept = new CachedStringLocalizerFactory(Resources()).Create(typeof(SharedResource));
        List<string> names;
        using (new CultureScope(Languages.Dutch))
        {
            names = plain.GetAllStrings(includeParentCultures: true).Select(text => text.Name).ToList();
        }

        Assert.True(names.Count > 500, $"Only {names.Count} texts found: the resource files were not read.");

        // Dutch, English, then Dutch again: a text kept without its culture would come back in the first language asked.
        foreach (var language in new[] { Languages.Dutch, Languages.English, Languages.Dutch })
        {
            using var _ = new CultureScope(language);
            var different = names.Where(name => kept[name].Value != plain[name].Value || kept[name].ResourceNotFound).ToList();
            Assert.Empty(different);
        }

        using (new CultureScope(Languages.English))
        {
            Assert.Equal("Projects", kept["NavExperiments"].Value);
            Assert.Equal("Page 2 of 5", kept["PageOf", 2, 5].Value);
        }

        using (new CultureScope(Languages.Dutch))
        {
            Assert.Equal("Projecten", kept["NavExperiments"].Value);
            Assert.Equal("Pagina 2 van 5", kept["PageOf", 2, 5].Value);
        }
    }

    [Fact]
    public void A_name_without_a_text_stays_the_name_and_formats_as_the_framework_does()
    {
        var kept = new CachedStringLocalizerFactory(Resources()).Create(typeof(SharedResource));
        using var _ = new CultureScope(Languages.English);

        var missing = kept["NoSuchText"];
        Assert.True(missing.ResourceNotFound);
        Assert.Equal("NoSuchText", missing.Value);
        var formatted = kept["No {0} here: {1}", "text", "x"];
        Assert.True(formatted.ResourceNotFound);
        Assert.Equal("No text here: x", formatted.Value);
    }

    [Fact]
    public void The_factory_keeps_one_localizer_per_resource()
    {
        var factory = new CachedStringLocalizerFactory(Resources());
        Assert.Same(factory.Create(typeof(SharedResource)), factory.Create(typeof(SharedResource)));
        Assert.Same(factory.Create("SharedResource", "LearningNetwork.Web"), factory.Create("SharedResource", "LearningNetwork.Web"));
    }
}
