namespace LearningNetwork.Domain.Common;

/// <summary>A text in the portal's two languages: Dutch first, English second.</summary>
public sealed record LocalizedText(string Nl, string En)
{
    /// <summary>The text for a two-letter language code; anything but English gets Dutch.</summary>
    public string For(string language) =>
        string.Equals(language, Languages.English, StringComparison.OrdinalIgnoreCase) ? En : Nl;
}
