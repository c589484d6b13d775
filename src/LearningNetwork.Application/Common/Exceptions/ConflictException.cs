namespace LearningNetwork.Application.Common.Exceptions;

/// <summary>Someone else saved the same thing first: the save is refused, nothing is overwritten (409).</summary>
public sealed class ConflictException : Exception
{
    public ConflictException()
    {
    }

    public ConflictException(string message)
        : base(message)
    {
    }

    public ConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
