
namespace LearningNetwork.Application.LearningAgenda;

/// <summary>A municipality with open questions on the same barrier or theme.</summary>
public sealed record SharedByDto(int MunicipalityId, string Municipality, int OpenQuestions);
