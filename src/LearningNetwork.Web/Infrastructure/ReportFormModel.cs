namespace LearningNetwork.Web.Infrastructure;

/// <summary>The report form under a reflection (no comment id) or a comment.</summary>
public sealed record ReportFormModel(int? CommentId, bool AlreadyReported);
