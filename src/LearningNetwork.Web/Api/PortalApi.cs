using LearningNetwork.Application.Municipalities.ListMunicipalities;
using LearningNetwork.Application.Taxonomy;
using LearningNetwork.Application.Taxonomy.GetBarrier;
using LearningNetwork.Application.Taxonomy.GetLesson;
using LearningNetwork.Application.Taxonomy.GetTaxonomy;
using LearningNetwork.Application.Taxonomy.GetTheme;
using Mediator;

namespace LearningNetwork.Web.Api;

/// <summary>The read API, version 1. Every endpoint sends one query; errors come back as ProblemDetails.</summary>
internal static class PortalApi
{
    public static void MapPortalApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Taxonomy");

        api.MapGet("/taxonomy", async (ISender sender, CancellationToken ct) => await sender.Send(new GetTaxonomyQuery(), ct))
            .WithName("GetTaxonomy")
            .WithSummary("The schetsboek's 11 lessons, 7 barriers (with their helpful lessons) and 8 coupling themes.")
            .Produces<TaxonomyDto>();

        api.MapGet("/lessons/{number:int}", async (int number, ISender sender, CancellationToken ct) => await sender.Send(new GetLessonQuery(number), ct))
            .WithName("GetLesson")
            .WithSummary("One lesson and the barriers it helps against.")
            .Produces<LessonDetailDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/barriers/{number:int}", async (int number, ISender sender, CancellationToken ct) => await sender.Send(new GetBarrierQuery(number), ct))
            .WithName("GetBarrier")
            .WithSummary("One barrier and the lessons the schetsboek links to it.")
            .Produces<BarrierDetailDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/themes/{key}", async (string key, ISender sender, CancellationToken ct) => await sender.Send(new GetThemeQuery(key), ct))
            .WithName("GetTheme")
            .WithSummary("One coupling theme by its key.")
            .Produces<ThemeDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/municipalities", async (string? province, ISender sender, CancellationToken ct) => await sender.Send(new ListMunicipalitiesQuery(province), ct))
            .WithTags("Municipalities")
            .WithName("ListMunicipalities")
            .WithSummary("The network's municipalities, optionally of one province (e.g. noord-brabant).")
            .Produces<IReadOnlyList<MunicipalityDto>>()
            .ProducesValidationProblem();
    }
}
