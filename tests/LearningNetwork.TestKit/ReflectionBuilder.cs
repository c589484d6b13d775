using System.Net;
using LearningNetwork.Domain.Reflections;

namespace LearningNetwork.TestKit;

/// <summary>Says what a reflection is like, then writes it: <c>await Make.Reflection(services, project, author).Titled("…").About(6).CreateAsync()</c>.</summary>
public sealed class ReflectionBuilder(IServiceProvider services, int experimentId, string authorId)
{
    private readonly List<int> _barriers = [];
    private readonly List<int> _lessons = [];
    private ReflectionKind _kind = ReflectionKind.WhatWorked;
    private string _title = "Wat we leerden";
    private string _body = "Zo deden we het.";
    private DateTime? _at;
    private string? _hiddenFor;

    public ReflectionBuilder Titled(string title)
    {
        _title = title;
        return this;
    }

    /// <summary>Its text, one plain paragraph.</summary>
    public ReflectionBuilder Body(string body)
    {
        _body = body;
        return this;
    }

    public ReflectionBuilder Kind(ReflectionKind kind)
    {
        _kind = kind;
        return this;
    }

    /// <summary>The barriers it is about.</summary>
    public ReflectionBuilder About(params IEnumerable<int> barriers)
    {
        _barriers.AddRange(barriers);
        return this;
    }

    public ReflectionBuilder Lessons(params IEnumerable<int> lessons)
    {
        _lessons.AddRange(lessons);
        return this;
    }

    /// <summary>Written at this moment rather than at the portal's now.</summary>
    public ReflectionBuilder At(DateTime utc)
    {
        _at = utc;
        return this;
    }

    /// <summary>Hidden by a moderator (here: its author) for this reason.</summary>
    public ReflectionBuilder Hidden(string reason)
    {
        _hiddenFor = reason;
        return this;
    }

    public Task<int> CreateAsync() => Make.WithDbAsync(services, async (db, now) =>
    {
        var at = _at ?? now;
        var reflection = new Reflection(experimentId, authorId, _kind, _title, _body, $"<p>{WebUtility.HtmlEncode(_body)}</p>", _lessons, _barriers, null, at);
        if (_hiddenFor is not null)
        {
            reflection.Hide(authorId, _hiddenFor, at);
        }

        db.Reflections.Add(reflection);
        await db.SaveChangesAsync();
        return reflection.Id;
    });
}
