using KpiDashboard.Web.Components.Input;
using KpiDashboard.Web.Components.Csv;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Benchmarks;
using KpiDashboard.Web.Features.Publication;
using KpiDashboard.Web.Features.Spc;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.ReadApi;

/// <summary>The read API under <c>/api/v1</c>, documented at <c>/openapi/v1.json</c>.</summary>
public static class ReadApiEndpoints
{
    public static IServiceCollection AddReadApi(this IServiceCollection services)
    {
        services.AddOpenApi(options => options.AddDocumentTransformer<ApiKeyDocumentTransformer>());
        services.AddSingleton<CatalogueQuery>();
        services.AddSingleton<ObservationsQuery>();
        services.AddSingleton<SpcQuery>();
        return services;
    }

    public static IEndpointRouteBuilder MapReadApi(this IEndpointRouteBuilder app)
    {
        // Anonymous callers too while the public scorecard is on: they are answered with the public figures.
        app.MapOpenApi().RequireAuthorization(Policies.ScorecardApi).RequireRateLimiting(RateLimits.Api);
        var api = app.MapGroup("/api/v1/metrics").WithTags("Metrics")
            .RequireAuthorization(Policies.ScorecardApi).RequireRateLimiting(RateLimits.Api);
        api.MapGet("", async (CatalogueQuery query, CancellationToken ct) => Results.Ok(await query.LoadAsync(ct)))
            .WithName("ListMetrics")
            .WithSummary("The metric catalogue, with the targets in force this month.")
            .Produces<IReadOnlyList<MetricDto>>();
        api.MapGet("/{code}/observations", GetObservationsAsync)
            .WithName("GetObservations")
            .WithSummary("A metric's figures with status and RAG, as JSON or, with Accept: text/csv, as CSV.")
            .WithDescription("area: an area code (all areas when left out); from, to: months written YYYY-MM (inclusive). " +
                "Without a key (only while the public scorecard is on) the figures are the public's: one that could identify a child " +
                "has no numbers and the status suppressed (shown as c). With a key every figure comes with suppressedWhenPublished and, " +
                "when true, suppressionReason.")
            .Produces<IReadOnlyList<ObservationDto>>(contentType: "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{code}/spc", GetSpcAsync)
            .WithName("GetSpc")
            .WithSummary("A metric's XmR chart for an area (the authority when left out), read by NHS Making Data Count rules.")
            .WithDescription("Without a key (only while the public scorecard is on), a series with a suppressed point has signalsShown false " +
                "and no mean, limits, partitions, icons or point classes.")
            .Produces<SpcDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{code}/benchmarks", GetBenchmarksAsync)
            .WithName("GetBenchmarks")
            .WithSummary("A metric's comparator figures (England, South East region, statistical neighbours), each over its period.")
            .Produces<IReadOnlyList<BenchmarkSeriesDto>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> GetBenchmarksAsync(string code, BenchmarkService benchmarks, IDbContextFactory<KpiDbContext> contextFactory, CancellationToken ct)
    {
        await using (var db = await contextFactory.CreateDbContextAsync(ct))
        {
            if (!await db.Metrics.AnyAsync(m => m.Code == code, ct))
            {
                return NoMetric(code);
            }
        }

        var series = await benchmarks.ForMetricAsync(code, ct);
        return Results.Ok(series.Select(s => new BenchmarkSeriesDto(s.ComparatorCode, s.Name,
            s.Points.Select(p => new BenchmarkPointDto(ApiNames.Month(p.From), ApiNames.Month(p.To), p.PeriodLabel, p.Value, p.Source)).ToList())).ToList());
    }

    private static async Task<IResult> GetObservationsAsync(string code, string? area, string? from, string? to,
        HttpContext context, ObservationsQuery query, IDbContextFactory<KpiDbContext> contextFactory, CancellationToken ct)
    {
        if (!AddressValues.TryMonth("from", from, out var start, out var problem) || !AddressValues.TryMonth("to", to, out var end, out problem))
        {
            return Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest);
        }

        if (start > end)
        {
            return Results.Problem($"The month 'from' ({from}) is after the month 'to' ({to}).", statusCode: StatusCodes.Status400BadRequest);
        }

        int? areaId = null;
        if (!string.IsNullOrWhiteSpace(area))
        {
            areaId = await AreaIdAsync(contextFactory, area, ct);
            if (areaId is null)
            {
                return NoArea(area);
            }
        }

        var rows = await query.LoadAsync(code, areaId, start, end, AudienceOf.User(context.User), ct);
        if (rows is null)
        {
            return NoMetric(code);
        }

        return context.Request.Headers.Accept.Any(a => a?.Contains("text/csv", StringComparison.OrdinalIgnoreCase) == true)
            ? Results.Text(ToCsv(rows), "text/csv; charset=utf-8")
            : Results.Ok(rows);
    }

    private static async Task<IResult> GetSpcAsync(string code, string? area, HttpContext context, SpcQuery query, IDbContextFactory<KpiDbContext> contextFactory, CancellationToken ct)
    {
        var areaCode = string.IsNullOrWhiteSpace(area) ? await AuthorityCodeAsync(contextFactory, ct) : area;
        var chart = await query.LoadAsync(code, areaCode, AudienceOf.User(context.User), ct);
        if (chart is null)
        {
            return await AreaIdAsync(contextFactory, areaCode, ct) is null ? NoArea(areaCode) : NoMetric(code);
        }

        var result = chart.Result;
        if (!chart.SignalsShown)
        {
            return Results.Ok(new SpcDto(chart.MetricCode, chart.AreaCode, null, null, null, [],
                result.Points.Select(p => new SpcPointDto(ApiNames.Month(p.Period), p.Value, null)).ToList(), null, null, SignalsShown: false));
        }

        var latest = result.LatestPartition;
        return Results.Ok(new SpcDto(chart.MetricCode, chart.AreaCode, latest?.Mean, latest?.UpperLimit, latest?.LowerLimit,
            result.Partitions.Select(p => new SpcPartitionDto(ApiNames.Month(p.From), ApiNames.Month(p.To), p.Reason, p.Mean,
                p.UpperLimit, p.LowerLimit, p.UpperTwoSigma, p.LowerTwoSigma)).ToList(),
            result.Points.Select(p => new SpcPointDto(ApiNames.Month(p.Period), p.Value, ApiNames.Of(p.Class))).ToList(),
            result.Variation is { } v ? ApiNames.Of(v) : null,
            result.Assurance is { } a ? ApiNames.Of(a) : null,
            SignalsShown: true));
    }

    private static async Task<int?> AreaIdAsync(IDbContextFactory<KpiDbContext> contextFactory, string code, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.Areas.Where(a => a.Code == code).Select(a => (int?)a.Id).SingleOrDefaultAsync(ct);
    }

    private static async Task<string> AuthorityCodeAsync(IDbContextFactory<KpiDbContext> contextFactory, CancellationToken ct)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.Areas.Where(a => a.Kind == AreaKind.Authority).OrderBy(a => a.SortOrder).Select(a => a.Code).FirstOrDefaultAsync(ct) ?? "";
    }

    private static IResult NoMetric(string code) =>
        Results.Problem($"There is no metric with the code '{code}'. GET /api/v1/metrics lists them.", statusCode: StatusCodes.Status404NotFound);

    private static IResult NoArea(string code) =>
        Results.Problem($"There is no area with the code '{code}'.", statusCode: StatusCodes.Status404NotFound);

    /// <summary>
    /// The upload format's columns, with the RAG judgement, whether the figure was computed, and (for a signed-in
    /// caller; empty for the public) whether and why it is suppressed when published. A suppressed figure is written as
    /// an imported <c>c</c> is: no numbers, status <c>suppressed</c>.
    /// </summary>
    private static string ToCsv(IEnumerable<ObservationDto> rows) => CsvWriter.ToText(csv =>
    {
        csv.WriteHeader("period", "area", "metric", "value", "numerator", "denominator", "status", "rag", "computed",
            "suppressed_when_published", "suppression_reason");
        foreach (var r in rows)
        {
            csv.WriteRow(CsvCell.Text(r.Period), CsvCell.Text(r.Area), CsvCell.Text(r.Metric),
                CsvCell.Number(r.Value), CsvCell.Number(r.Numerator), CsvCell.Number(r.Denominator),
                CsvCell.Text(r.Status), CsvCell.Text(r.Rag), CsvCell.Text(r.Computed ? "true" : "false"),
                CsvCell.Text(r.SuppressedWhenPublished switch { true => "true", false => "false", null => "" }),
                CsvCell.Text(r.SuppressionReason ?? ""));
        }
    });
}
