using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Import;

namespace KpiDashboard.Tests.Import;

/// <summary>One test per rule, each asserting the exact message an analyst reads.</summary>
public sealed class RowValidatorTests
{
    private static readonly ImportCatalogue Catalogue = new(
        [
            new Metric { Id = 1, Code = "referrals", Name = "Referrals", Theme = "Demand", Definition = "", Unit = MetricUnit.Count },
            new Metric { Id = 2, Code = "audits-inadequate-pct", Name = "Inadequate", Theme = "Quality", Definition = "", Unit = MetricUnit.Percent },
            new Metric { Id = 3, Code = "vacancies-fte", Name = "Vacancies", Theme = "Workforce", Definition = "", Unit = MetricUnit.Fte },
        ],
        [
            new Area { Id = 1, Code = "SCC", Name = "Surrey", Kind = AreaKind.Authority },
            new Area { Id = 2, Code = "NE", Name = "North East", Kind = AreaKind.Quadrant },
        ]);

    private readonly ImportProblems _errors = new("f.csv");

    private static RawRow Row(string metric = "referrals", string value = "10", string area = "NE", string period = "2020-06",
        string numerator = "", string denominator = "", string status = "", string note = "") =>
        new(7, period, area, metric, value, numerator, denominator, status, note);

    private StagedObservation? Validate(RawRow row) =>
        new RowValidator(Catalogue, new DateOnly(2026, 11, 1), "june.csv").TryValidate(row, _errors, out var staged) ? staged : null;

    private ImportError SingleError() => Assert.Single(_errors);

    [Fact]
    public void A_good_row_becomes_a_staged_figure()
    {
        var staged = Validate(Row(value: "1,213"));

        Assert.Empty(_errors);
        Assert.Equal(new StagedObservation(7, 1, 2, new DateOnly(2020, 6, 1), 1213m, null, null, ObservationStatus.Actual, null), staged);
    }

    [Fact]
    public void A_note_longer_than_the_column_allows_is_refused_with_its_length()
    {
        var note = new string('a', 1001);

        Assert.Null(Validate(Row(note: note)));

        var error = SingleError();
        Assert.Equal((7, "note", new string('a', 40) + "…", "The note is 1,001 characters long; a note may have at most 1,000"),
            (error.Row, error.Column, error.Value, error.Message));
        Assert.Equal(1000, Validate(Row(note: new string('a', 1000)))!.Value.Note!.Length);
    }

    [Fact]
    public void Areas_match_by_name_ignoring_case_and_spacing()
    {
        Assert.Equal(2, Validate(Row(area: "north  east"))?.AreaId);
        Assert.Equal(2, Validate(Row(area: "NorthEast"))?.AreaId);
    }

    [Fact]
    public void An_unknown_metric_is_named_with_examples()
    {
        Validate(Row(metric: "refferals"));

        Assert.Equal(new ImportError("june.csv", 7, "metric", "refferals",
            "Unknown metric 'refferals'; expected a metric code from the catalogue such as referrals, audits-inadequate-pct, vacancies-fte"), SingleError());
    }

    [Fact]
    public void An_unknown_area_is_named_with_the_codes_expected()
    {
        Validate(Row(area: "Mid"));

        Assert.Equal("Unknown area 'Mid'; expected an area code or name such as SCC, NE", SingleError().Message);
    }

    [Fact]
    public void A_value_that_is_not_a_number_is_rejected()
    {
        Validate(Row(value: "12a"));

        Assert.Equal(("value", "'12a' is not a number; expected a number or one of the symbols c, x, z, low, k, u, :"),
            (SingleError().Column, SingleError().Message));
    }

    [Fact]
    public void Misplaced_thousands_separators_are_not_read_as_a_number()
    {
        Validate(Row(value: "1,2"));

        Assert.Equal("'1,2' is not a number; expected a number or one of the symbols c, x, z, low, k, u, :", SingleError().Message);
    }

    [Fact]
    public void A_count_must_be_whole()
    {
        Validate(Row(value: "10.5"));

        Assert.Equal("'10.5' is not a whole number of 0 or more; referrals is a count", SingleError().Message);
    }

    [Fact]
    public void A_count_must_not_be_negative()
    {
        Validate(Row(value: "-3"));

        Assert.Equal("'-3' is not a whole number of 0 or more; referrals is a count", SingleError().Message);
    }

    [Fact]
    public void A_percentage_must_lie_within_0_and_100()
    {
        Validate(Row(metric: "audits-inadequate-pct", value: "129"));

        Assert.Equal("'129' is outside 0–100; audits-inadequate-pct is a percentage", SingleError().Message);
    }

    [Fact]
    public void A_percent_sign_is_accepted_for_a_percentage()
    {
        Assert.Equal(29m, Validate(Row(metric: "audits-inadequate-pct", value: "29%"))?.Value);
    }

    [Fact]
    public void A_percent_sign_on_a_count_is_rejected()
    {
        Validate(Row(value: "29%"));

        Assert.Equal("'29%' is a percentage but referrals is measured as a count", SingleError().Message);
    }

    [Theory]
    [InlineData("c", ObservationStatus.Suppressed)]
    [InlineData("x", ObservationStatus.NotAvailable)]
    [InlineData(":", ObservationStatus.NotAvailable)]
    [InlineData("z", ObservationStatus.NotApplicable)]
    [InlineData("low", ObservationStatus.RoundsToZero)]
    [InlineData("k", ObservationStatus.RoundsToZero)]
    [InlineData("u", ObservationStatus.LowReliability)]
    public void A_symbol_is_stored_as_a_status_with_no_value_never_zero(string symbol, ObservationStatus status)
    {
        var staged = Validate(Row(value: symbol));

        Assert.Equal((null, status), (staged?.Value, staged?.Status));
    }

    [Fact]
    public void A_withheld_status_with_a_number_is_contradictory()
    {
        Validate(Row(value: "4", status: "c"));

        Assert.Equal("The status says the figure is withheld, so the value must be empty; found '4'", SingleError().Message);
    }

    [Fact]
    public void An_unknown_status_is_rejected()
    {
        Validate(Row(status: "final-ish"));

        Assert.Equal("'final-ish' is not a status; expected actual, provisional or one of the symbols c, x, z, low, k, u, :", SingleError().Message);
    }

    [Fact]
    public void A_numerator_larger_than_its_denominator_is_rejected()
    {
        Validate(Row(metric: "audits-inadequate-pct", value: "", numerator: "30", denominator: "24"));

        Assert.Equal(("numerator", "The numerator 30 is larger than the denominator 24; a percentage cannot exceed 100"),
            (SingleError().Column, SingleError().Message));
    }

    [Fact]
    public void A_value_must_agree_with_its_numerator_and_denominator()
    {
        Validate(Row(metric: "audits-inadequate-pct", value: "25", numerator: "7", denominator: "24"));

        Assert.Equal("The value 25 does not agree with numerator 7 and denominator 24, which give 29.17", SingleError().Message);
    }

    [Theory]
    [InlineData("29")]
    [InlineData("29.2")]
    [InlineData("29.17")]
    public void A_value_rounded_at_the_precision_written_agrees_with_its_ratio(string value)
    {
        Assert.NotNull(Validate(Row(metric: "audits-inadequate-pct", value: value, numerator: "7", denominator: "24")));
        Assert.Empty(_errors);
    }

    [Fact]
    public void A_missing_value_is_derived_from_numerator_and_denominator()
    {
        Assert.Equal(29.2m, Validate(Row(metric: "audits-inadequate-pct", value: "", numerator: "7", denominator: "24"))?.Value);
    }

    [Fact]
    public void A_numerator_without_a_denominator_is_rejected()
    {
        Validate(Row(metric: "audits-inadequate-pct", value: "29", numerator: "7"));

        Assert.Equal(("denominator", "The denominator is missing; give both numerator and denominator, or neither"),
            (SingleError().Column, SingleError().Message));
    }

    [Fact]
    public void A_numerator_on_a_count_metric_is_rejected()
    {
        Validate(Row(value: "10", numerator: "1", denominator: "2"));

        Assert.Equal("referrals is measured as a count; numerator and denominator apply only to percentages and rates", SingleError().Message);
    }

    [Fact]
    public void An_empty_value_with_no_numerator_is_missing()
    {
        Validate(Row(value: " "));

        Assert.Equal("The value is missing; expected a number or one of the symbols c, x, z, low, k, u, :", SingleError().Message);
    }

    [Theory]
    [InlineData("=SUM(A1:A3)")]
    [InlineData("+44")]
    [InlineData("@referrals")]
    public void Formula_looking_text_is_rejected(string value)
    {
        Validate(Row(value: value));

        Assert.Equal($"'{value}' looks like a spreadsheet formula; expected a plain value (paste values only)", SingleError().Message);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("+1 on last month")]
    [InlineData("  @SUM(1+1)")]
    public void A_note_that_looks_like_a_formula_is_refused_like_any_other_cell(string note)
    {
        Assert.Null(Validate(Row(note: note)));

        var error = SingleError();
        Assert.Equal((7, "note", note, $"'{note.Trim()}' looks like a spreadsheet formula; expected a plain value (paste values only)"),
            (error.Row, error.Column, error.Value, error.Message));
    }

    [Fact]
    public void A_note_may_run_over_lines_and_start_with_a_dash()
    {
        Assert.Equal("- first\nsecond", Validate(Row(note: "- first\nsecond"))?.Note);
        Assert.Empty(_errors);
    }

    [Fact]
    public void Control_characters_are_rejected()
    {
        Validate(Row(area: "N\u0007E"));

        Assert.Equal(("area", "The cell contains a control character (code 7); expected plain text"), (SingleError().Column, SingleError().Message));
    }

    [Fact]
    public void A_negative_fte_is_rejected_and_fractions_are_fine()
    {
        Assert.Equal(7.5m, Validate(Row(metric: "vacancies-fte", value: "7.5"))?.Value);
        Validate(Row(metric: "vacancies-fte", value: "-1"));

        Assert.Equal("'-1' is negative; vacancies-fte cannot be below 0", SingleError().Message);
    }

    [Fact]
    public void Every_problem_in_a_row_is_reported_at_once()
    {
        Validate(Row(metric: "nope", area: "nowhere", period: "soon"));

        Assert.Equal(["metric", "area", "period"], _errors.Select(e => e.Column));
    }

    [Fact]
    public void A_percentage_metric_given_as_a_percentage_then_as_a_fraction_names_both_rows()
    {
        var validator = new RowValidator(Catalogue, new DateOnly(2026, 11, 1), "june.csv");

        validator.TryValidate(Row(metric: "audits-inadequate-pct", value: "29%") with { Row = 2 }, _errors, out _);
        validator.TryValidate(Row(metric: "audits-inadequate-pct", value: "31", period: "2020-07") with { Row = 3 }, _errors, out _);
        var accepted = validator.TryValidate(Row(metric: "audits-inadequate-pct", value: "0.3", period: "2020-08") with { Row = 4 }, _errors, out _);

        Assert.False(accepted);
        Assert.Equal(new ImportError("june.csv", 4, "value", "0.3",
            "audits-inadequate-pct is written as a fraction in row 4 (0.3) but as a percentage in row 2 (29%); write every audits-inadequate-pct value as a percentage such as 29"),
            SingleError());
    }

    [Fact]
    public void Percentages_all_written_the_same_way_pass()
    {
        var validator = new RowValidator(Catalogue, new DateOnly(2026, 11, 1), "june.csv");

        Assert.True(validator.TryValidate(Row(metric: "audits-inadequate-pct", value: "29") with { Row = 2 }, _errors, out _));
        Assert.True(validator.TryValidate(Row(metric: "audits-inadequate-pct", value: "0", period: "2020-07") with { Row = 3 }, _errors, out _));
        Assert.True(validator.TryValidate(Row(metric: "audits-inadequate-pct", value: "100%", period: "2020-08") with { Row = 4 }, _errors, out _));
        Assert.Empty(_errors);
    }
}
