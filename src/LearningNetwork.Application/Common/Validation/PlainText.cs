using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using FluentValidation.Results;
using LearningNetwork.Application.Resources;

namespace LearningNetwork.Application.Common.Validation;

/// <summary>
/// The one rule for every text a person can store: no invisible control characters (ESC, BEL, NUL, the C1
/// range) and no bidirectional embeddings, overrides or isolates (U+202A–U+202E, U+2066–U+2069), which make
/// "Audit \u202Egnp.exe" display as "Audit exe.png"; no half surrogate pair either. Tabs and line breaks stay
/// allowed here (a field that must be one line says so itself, with <see cref="IsOneLine"/>). The validation
/// pipeline applies it to every string of every command, nested inputs and lists included, so no field can
/// forget it.
/// </summary>
public static class PlainText
{
    private static readonly ConcurrentDictionary<Type, TextProperty[]> Shapes = new();

    /// <summary>The first character the rule refuses, or null when the text may be stored.</summary>
    public static int? FirstRefused(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (IsRefused(c))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>True when the text has no line break or tab: for titles, names and other one-line fields.</summary>
    public static bool IsOneLine(string? text) => text is null || text.AsSpan().IndexOfAny('\r', '\n', '\t') < 0;

    /// <summary>A failure for every string in the message the rule refuses, named as the form field it came from.</summary>
    public static IEnumerable<ValidationFailure> Failures(object message) => Walk(message, prefix: string.Empty);

    private static bool IsRefused(char c) =>
        c switch
        {
            '\t' or '\n' or '\r' => false,
            < ' ' or (>= '\u007F' and <= '\u009F') => true,
            (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => true,
            _ => char.IsSurrogate(c),
        };

    private static IEnumerable<ValidationFailure> Walk(object value, string prefix)
    {
        foreach (var property in Shapes.GetOrAdd(value.GetType(), Shape))
        {
            var name = prefix + property.Info.Name;
            switch (property.Info.GetValue(value))
            {
                case string text:
                    if (Refused(name, text) is { } failure)
                    {
                        yield return failure;
                    }

                    break;
                case IEnumerable items when property.IsList:
                    var index = 0;
                    foreach (var item in items)
                    {
                        var itemName = $"{name}[{index++}]";
                        if (item is string text && Refused(itemName, text) is { } itemFailure)
                        {
                            yield return itemFailure;
                        }
                        else if (item is not null and not string)
                        {
                            foreach (var nested in Walk(item, itemName + "."))
                            {
                                yield return nested;
                            }
                        }
                    }

                    break;
                case { } nested:
                    // A nested input (the experiment form inside its save command) names its fields as the form does.
                    foreach (var inner in Walk(nested, prefix))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }

    private static ValidationFailure? Refused(string name, string text) =>
        FirstRefused(text) is { } c
            ? new ValidationFailure(name, string.Format(CultureInfo.CurrentCulture, AppTexts.InvisibleCharacter, $"U+{c:X4}"), text)
            : null;

    /// <summary>The properties worth looking into: strings, lists, and the application's own nested inputs.</summary>
    private static TextProperty[] Shape(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(p => new TextProperty(p, IsList(p.PropertyType)))
            .Where(p => p.Info.PropertyType == typeof(string) || p.IsList || IsOwnInput(p.Info.PropertyType))
            .ToArray();

    private static bool IsList(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType
        && (type.GetGenericArguments()[0] == typeof(string) || IsOwnInput(type.GetGenericArguments()[0]));

    private static bool IsOwnInput(Type type) => type.IsClass && type != typeof(string) && type.Assembly == typeof(PlainText).Assembly;

    private sealed record TextProperty(PropertyInfo Info, bool IsList);
}
