using LearningNetwork.Application.LearningAgenda.GetAgenda;

namespace LearningNetwork.Web.Infrastructure;

/// <summary>One barrier's or theme's open questions on the learning agenda page.</summary>
public sealed record AgendaGroupView(AgendaGroupDto Group, string Anchor, string Title, string Link);
