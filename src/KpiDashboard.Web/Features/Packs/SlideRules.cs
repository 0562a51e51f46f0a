using KpiDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.Packs;

/// <summary>Checks a slide's choices against the catalogue and writes them onto the slide, or says what is wrong.</summary>
internal static class SlideRules
{
    public static async Task<string?> ApplyAsync(KpiDbContext db, PackSlide slide, SlideInput input, CancellationToken cancellationToken)
    {
        var title = Clean(input.Title);
        var body = Clean(input.Body);
        var notes = Clean(input.SpeakerNotes);
        if ((TooLong("title", title, PackSlide.MaxTitleLength) ?? TooLong("text", body, PackSlide.MaxBodyLength) ?? TooLong("speaker notes", notes, PackSlide.MaxNotesLength)) is { } tooLong)
        {
            return tooLong;
        }

        Metric? metric = null;
        Area? area = null;
        if (input.Kind is PackSlideKind.MeasureChart)
        {
            metric = await db.Metrics.SingleOrDefaultAsync(m => m.Code == input.MetricCode, cancellationToken);
            if (metric is null)
            {
                return string.IsNullOrWhiteSpace(input.MetricCode) ? "Choose a measure for the chart." : $"There is no measure with the code '{input.MetricCode}'.";
            }

            var view = input.View ?? PackChartView.Trend;
            if (!MeasureSlideBuilder.Offers(metric.Code, view))
            {
                return $"{metric.Name} has no {MeasureSlideBuilder.ViewName(view)} chart; choose another view.";
            }
        }

        if (input.Kind is PackSlideKind.MeasureChart or PackSlideKind.ThemeSummary or PackSlideKind.SinceLastMeeting)
        {
            area = await db.Areas.SingleOrDefaultAsync(a => a.Code == input.AreaCode, cancellationToken);
            if (area is null)
            {
                return string.IsNullOrWhiteSpace(input.AreaCode) ? "Choose an area." : $"There is no area with the code '{input.AreaCode}'.";
            }
        }

        if (input.Kind is PackSlideKind.ThemeSummary && !await db.Metrics.AnyAsync(m => m.Theme == input.Theme, cancellationToken))
        {
            return string.IsNullOrWhiteSpace(input.Theme) ? "Choose a theme for the summary." : $"There is no theme called '{input.Theme}'.";
        }

        if (input.Kind is PackSlideKind.Text && title is null)
        {
            return "A text slide needs a title.";
        }

        slide.Kind = input.Kind;
        slide.ChartView = input.Kind is PackSlideKind.MeasureChart ? input.View ?? PackChartView.Trend : null;
        slide.MetricId = metric?.Id;
        slide.AreaId = area?.Id;
        slide.Theme = input.Kind is PackSlideKind.ThemeSummary ? input.Theme : null;
        slide.Title = title;
        slide.Body = input.Kind is PackSlideKind.Text ? body : null;
        slide.SpeakerNotes = notes;
        return null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Too long for its column, or holding a NUL character, which PostgreSQL cannot store.</summary>
    public static string? TooLong(string what, string? text, int max) =>
        text is null ? null
        : text.Length > max ? $"The {what} is {text.Length:N0} characters long; the most allowed is {max:N0}."
        : text.Contains('\0', StringComparison.Ordinal) ? $"The {what} contains a NUL character, which cannot be stored; remove it." : null;
}
