using System.Net;
using System.Text.Json;
using LearningNetwork.IntegrationTests.Support;

namespace LearningNetwork.IntegrationTests;

public sealed class ApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Health_checks_the_database()
    {
        var response = await factory.CreatePortalClient().GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetString());
    }

    [Fact]
    public async Task Taxonomy_has_the_documented_shape()
    {
        var response = await factory.CreatePortalClient().GetAsync(new Uri("/api/v1/taxonomy", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(["lessons", "barriers", "themes"], root.EnumerateObject().Select(p => p.Name));

        var lessons = root.GetProperty("lessons").EnumerateArray().ToList();
        Assert.Equal(11, lessons.Count);
        Assert.Equal(["number", "title", "description"], lessons[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, lessons[0].GetProperty("number").GetInt32());
        Assert.Equal("Begin waar urgentie & energie zit", lessons[0].GetProperty("title").GetProperty("nl").GetString());
        Assert.Equal("Start where urgency and energy are", lessons[0].GetProperty("title").GetProperty("en").GetString());
        Assert.All(lessons, l =>
        {
            Assert.False(string.IsNullOrWhiteSpace(l.GetProperty("description").GetProperty("nl").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(l.GetProperty("description").GetProperty("en").GetString()));
        });

        var barriers = root.GetProperty("barriers").EnumerateArray().ToList();
        Assert.Equal(7, barriers.Count);
        Assert.Equal(["number", "title", "description", "helpfulLessons"], barriers[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal([2, 5], barriers[1].GetProperty("helpfulLessons").EnumerateArray().Select(n => n.GetInt32()));
        Assert.Equal([1, 6, 8, 11], barriers[5].GetProperty("helpfulLessons").EnumerateArray().Select(n => n.GetInt32()));

        var themes = root.GetProperty("themes").EnumerateArray().ToList();
        Assert.Equal(8, themes.Count);
        Assert.Equal(["key", "title", "description", "domain"], themes[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("underground", themes[0].GetProperty("key").GetString());
        Assert.Equal("physical", themes[0].GetProperty("domain").GetString());
        Assert.Equal("social", themes[3].GetProperty("domain").GetString());
    }

    [Fact]
    public async Task The_OpenAPI_document_parses_and_lists_the_endpoints()
    {
        var client = factory.CreatePortalClient();
        var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("3.", json.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = json.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/taxonomy", paths);
        Assert.Contains("/api/v1/lessons/{number}", paths);
        Assert.Contains("/api/v1/municipalities", paths);
        Assert.Contains("/api/v1/experiments", paths);
        Assert.Contains("/api/v1/experiments/{id}", paths);
        var parameters = json.RootElement.GetProperty("paths").GetProperty("/api/v1/experiments").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["theme", "barrier", "barrierState", "lesson", "municipality", "province", "status", "q", "sort", "page", "pageSize", "record"], parameters);

        var reference = await client.GetAsync(new Uri("/scalar/v1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/lessons/99")]
    [InlineData("/api/v1/barriers/0")]
    [InlineData("/api/v1/themes/nothing")]
    [InlineData("/api/v1/no-such-endpoint")]
    public async Task Unknown_things_are_404_problem_details(string url)
    {
        var response = await factory.CreatePortalClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/learning-questions?municipality=abc", "municipalityId", "Kies een gemeente uit de lijst.")]
    [InlineData("/api/v1/learning-questions?municipality=987654", "municipalityId", "Kies een gemeente uit de lijst.")]
    [InlineData("/api/v1/learning-questions?experiment=x1", "experimentId", "Geef het nummer van een project.")]
    public async Task An_unknown_or_malformed_learning_question_filter_is_a_400_problem(string url, string field, string expected)
    {
        var response = await factory.CreatePortalClient("nl").GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(expected, json.RootElement.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Theory]
    [InlineData("nl", "Onbekende provincie")]
    [InlineData("en", "Unknown province")]
    public async Task A_validation_failure_is_a_400_with_the_message_in_the_callers_language(string language, string expected)
    {
        var response = await factory.CreatePortalClient(language).GetAsync(new Uri("/api/v1/municipalities?province=Atlantis", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var message = json.RootElement.GetProperty("errors").GetProperty("province")[0].GetString();
        Assert.StartsWith(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Municipalities_can_be_filtered_by_province()
    {
        var response = await factory.CreatePortalClient().GetAsync(new Uri("/api/v1/municipalities?province=noord-brabant", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var names = json.RootElement.EnumerateArray().Select(m => m.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Breda", "Drimmelen", "Tilburg"], names);
        Assert.All(json.RootElement.EnumerateArray(), m => Assert.Equal("noord-brabant", m.GetProperty("province").GetString()));
    }
}
