using KpiDashboard.Web.Components.Charts;

namespace KpiDashboard.Web.Features.Exports.PowerPoint;

/// <summary>What a PowerPoint file holds: a title for the file, a line for the foot of every slide, the slides.</summary>
public sealed record Deck(string Title, string Footer, IReadOnlyList<DeckSlide> Slides);

/// <summary>
/// One slide: its title and summary sentence as text, the chart as a picture (a PNG drawn by the app's Chart.js, with
/// its text alternative) or, without a chart, its figures as a table, or its text; the figures (as a text table) and
/// the speaker notes go in the notes page.
/// </summary>
public sealed record DeckSlide(string Title, string Summary, DeckPicture? Picture, IReadOnlyList<string> Body, ChartTable? Figures, string? Notes);

public sealed record DeckPicture(byte[] Png, string AltText);
