using System.Globalization;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Experiments;

namespace LearningNetwork.Application.Anchoring;

/// <summary>A flag in one sentence, for the watch page and the digest alike.</summary>
public static class AnchoringTexts
{
    public static string Sentence(AnchoringFlagDto flag, CultureInfo culture) => flag.Kind switch
    {
        AnchoringFlagKind.SingleContact => string.Format(culture, flag.Contacts == 0 ? AppTexts.AnchoringFlag_NoContact : AppTexts.AnchoringFlag_SingleContact, flag.Title),
        AnchoringFlagKind.LongInEarlyPhase => string.Format(culture, AppTexts.AnchoringFlag_LongInEarlyPhase, flag.Title, flag.Months, flag.MedianMonths),
        _ => string.Format(culture, AppTexts.AnchoringFlag_AnchoredWithoutBudget, flag.Title),
    };
}
