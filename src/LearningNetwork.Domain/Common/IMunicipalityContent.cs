namespace LearningNetwork.Domain.Common;

/// <summary>Content that belongs to one municipality and is read according to its visibility.</summary>
public interface IMunicipalityContent
{
    int MunicipalityId { get; }

    Visibility Visibility { get; }
}
