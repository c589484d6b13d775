using LearningNetwork.Application.Experiments.GetExperiment;
using LearningNetwork.Application.Experiments.ListExperiments;
using LearningNetwork.Application.LearningAgenda;
using LearningNetwork.Application.LearningAgenda.GetAgenda;
using LearningNetwork.Application.LearningAgenda.GetQuestion;
using LearningNetwork.Application.LearningAgenda.GetSchetsboekQuestion;
using LearningNetwork.Application.LearningAgenda.ListSchetsboekQuestions;
using LearningNetwork.Application.LearningAgenda.Schetsboek;
using LearningNetwork.Application.LearningAgenda.ListQuestions;
using LearningNetwork.Application.Municipalities.ListMunicipalities;
using LearningNetwork.Application.Reflections.GetReflection;
using LearningNetwork.Application.Reflections.ListReflections;
using LearningNetwork.Application.Search.SearchSite;
using LearningNetwork.Application.Taxonomy;
using LearningNetwork.Application.Taxonomy.GetBarrier;
using LearningNetwork.Application.Taxonomy.GetLesson;
using LearningNetwork.Application.Taxonomy.GetTaxonomy;
using LearningNetwork.Application.Taxonomy.GetTheme;
using LearningNetwork.Application.Taxonomy.ListSourcedExamples;
using LearningNetwork.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;

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
            .WithSummary("One lesson, the barriers it helps against and the schetsboek's examples of it.")
            .Produces<LessonDetailDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/barriers/{number:int}", async (int number, ISender sender, CancellationToken ct) => await sender.Send(new GetBarrierQuery(number), ct))
            .WithName("GetBarrier")
            .WithSummary("One barrier, the lessons the schetsboek links to it and the schetsboek's examples of it.")
            .Produces<BarrierDetailDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/themes/{key}", async (string key, ISender sender, CancellationToken ct) => await sender.Send(new GetThemeQuery(key), ct))
            .WithName("GetTheme")
            .WithSummary("One coupling theme by its key, with the schetsboek's examples of it.")
            .Produces<ThemeDetailDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/schetsboek/examples", async (string? lesson, string? barrier, string? theme, string? municipality, ISender sender, CancellationToken ct) =>
                await sender.Send(
                    new ListSourcedExamplesQuery(FormValues.OptionalNumber(lesson), FormValues.OptionalNumber(barrier), theme, FormValues.OptionalNumber(municipality)),
                    ct))
            .WithName("ListSchetsboekExamples")
            .WithSummary("The schetsboek's own examples (not members' projects): municipalities, themes, barriers and lessons as the schetsboek links them, its quotes word for word and where it says so; optionally those linked to a lesson, barrier, theme or municipality.")
            .Produces<IReadOnlyList<SourcedExampleDto>>()
            .ProducesValidationProblem();

        api.MapGet("/schetsboek/questions", async (string? lesson, string? barrier, string? theme, string? municipality, ISender sender, CancellationToken ct) =>
                await sender.Send(
                    new ListSchetsboekQuestionsQuery(FormValues.OptionalNumber(lesson), FormValues.OptionalNumber(barrier), theme, FormValues.OptionalNumber(municipality)),
                    ct))
            .WithName("ListSchetsboekQuestions")
            .WithSummary("The questions the schetsboek leaves open: the network's starting learning agenda, owned by the network. Each has the question in the portal's words, the schetsboek's sentence that asks it word for word, where it stands, the municipalities, barriers, lessons and themes the schetsboek ties to it, and how many reflections answer it and municipalities adopted it; optionally those tied to a lesson, barrier, theme or municipality.")
            .Produces<IReadOnlyList<SchetsboekQuestionDto>>()
            .ProducesValidationProblem();

        api.MapGet("/search", async (string? q, string? kind, string? theme, string? barrier, string? lesson, string? municipality, string? from, string? to, string? p, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(Pages.Search.IndexModel.ToQuery(q, kind, theme, barrier, lesson, municipality, from, to, p), ct);
                return new SearchResponse(result, [.. result.Hits.Select(h => SearchLinks.For(h.Kind, h.Key, h.ItemId))]);
            })
            .WithTags("Search")
            .WithName("Search")
            .WithSummary("One search over the network: projects, reflections, comments, learning questions, the schetsboek's lessons, barriers and themes, and municipalities, as far as the caller may read them. Dutch word forms match (warmtenetten finds warmtenet), accents and case do not matter, \"words in quotes\" match as a phrase. Filters: kind (Project, Reflection, Comment, Question, Lesson, Barrier, Theme, Municipality), theme, barrier, lesson, municipality (id), from and to (yyyy-MM-dd), p (page of 20, up to 50). Counts per kind, municipality and tag (theme:…, barrier:…, lesson:…) come with the hits; links[i] is where hit i is read.")
            .Produces<SearchResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/schetsboek/questions/{key}", async (string key, ISender sender, CancellationToken ct) => await sender.Send(new GetSchetsboekQuestionQuery(key), ct))
            .WithName("GetSchetsboekQuestion")
            .WithSummary("One question of the schetsboek with the reflections that answer it and the municipalities that adopted it, as far as the caller may read them.")
            .Produces<SchetsboekQuestionDetailDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var experiments = app.MapGroup("/api/v1/experiments").WithTags("Experiments");
        experiments.MapGet(string.Empty, async (
                [FromQuery] string[]? theme,
                [FromQuery] string[]? barrier,
                [FromQuery] string[]? barrierState,
                [FromQuery] string[]? lesson,
                [FromQuery] string[]? municipality,
                [FromQuery] string[]? province,
                [FromQuery] string[]? status,
                string? q,
                string? sort,
                string? page,
                string? pageSize,
                [FromQuery] string[]? record,
                ISender sender,
                CancellationToken ct) => await sender.Send(
                    ExperimentQueryString.ToQuery(theme ?? [], barrier ?? [], barrierState ?? [], lesson ?? [], municipality ?? [], province ?? [], status ?? [], q, sort, page, pageSize, record ?? []), ct))
            .WithName("ListExperiments")
            .WithSummary("Experiments the caller may read (anonymous callers: Public only), filtered like the browse page; each filter may repeat (record: a value of the case record, such as funding.Subsidy or instrument.BuildingTeam). Facets count each value under the other filters.")
            .Produces<ExperimentPageDto>()
            .ProducesValidationProblem();

        experiments.MapGet("/{id:int}", async (int id, ISender sender, CancellationToken ct) => await sender.Send(new GetExperimentQuery(id), ct))
            .WithName("GetExperiment")
            .WithSummary("One experiment with its themes, partners, barriers, lessons and timeline.")
            .Produces<ExperimentDetailDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/municipalities", async (string? province, ISender sender, CancellationToken ct) => await sender.Send(new ListMunicipalitiesQuery(province), ct))
            .WithTags("Municipalities")
            .WithName("ListMunicipalities")
            .WithSummary("The network's municipalities, optionally of one province (e.g. noord-brabant).")
            .Produces<IReadOnlyList<MunicipalityDto>>()
            .ProducesValidationProblem();

        var reflections = app.MapGroup("/api/v1/reflections").WithTags("Reflections");
        reflections.MapGet(string.Empty, async (string? lesson, string? barrier, string? experiment, string? page, ISender sender, CancellationToken ct) =>
                await sender.Send(
                    new ListReflectionsQuery(
                        FormValues.OptionalNumber(lesson),
                        FormValues.OptionalNumber(barrier),
                        FormValues.OptionalNumber(experiment),
                        FormValues.OptionalNumber(page) ?? 1),
                    ct))
            .WithName("ListReflections")
            .WithSummary("Reflections the caller may read (on experiments they may read, not hidden), newest first, 20 a page; optionally by lesson, barrier or experiment.")
            .Produces<ReflectionListPageDto>()
            .ProducesValidationProblem();

        reflections.MapGet("/{id:int}", async (int id, ISender sender, CancellationToken ct) => await sender.Send(new GetReflectionQuery(id), ct))
            .WithName("GetReflection")
            .WithSummary("One reflection with its tags, comments and the learning questions it answers.")
            .Produces<ReflectionPageDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var questions = app.MapGroup("/api/v1/learning-questions").WithTags("Learning agenda");
        questions.MapGet(string.Empty, async (string? municipality, string? experiment, ISender sender, CancellationToken ct) =>
                await sender.Send(new ListQuestionsQuery(FormValues.OptionalNumber(municipality), FormValues.OptionalNumber(experiment)), ct))
            .WithName("ListLearningQuestions")
            .WithSummary("Learning questions the caller may read, open ones first; optionally of one municipality or experiment.")
            .Produces<IReadOnlyList<QuestionSummaryDto>>();

        questions.MapGet("/{id:int}", async (int id, ISender sender, CancellationToken ct) => await sender.Send(new GetQuestionQuery(id), ct))
            .WithName("GetLearningQuestion")
            .WithSummary("One learning question with its history, answers and the municipalities with open questions on the same barriers or themes.")
            .Produces<QuestionDetailDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/learning-agenda", async (ISender sender, CancellationToken ct) => await sender.Send(new GetAgendaQuery(), ct))
            .WithTags("Learning agenda")
            .WithName("GetLearningAgenda")
            .WithSummary("The network's open learning questions grouped by barrier and by theme, with the municipalities that share them.")
            .Produces<AgendaDto>();
    }
}

/// <summary>The search's results and, for each hit in order, the portal page where it is read.</summary>
public sealed record SearchResponse(SearchResultsDto Results, IReadOnlyList<string> Links);
