namespace LearningNetwork.Web;

/// <summary>Marker for the UI texts in Resources/SharedResource(.en).resx; Dutch is the neutral language.</summary>
public sealed class SharedResource;
