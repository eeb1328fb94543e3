namespace PaperDigest;

/// <summary>When a paper appeared, as far as a digest tells, and where that came from.</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month (1-12), or <see langword="null"/>.</param>
/// <param name="Day">The day of the month, or <see langword="null"/>.</param>
/// <param name="Source">Which fact gave the date.</param>
public readonly record struct PaperDate(int Year, int? Month, int? Day, PaperDateSource Source);
