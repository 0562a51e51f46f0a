using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Catalogue.Files;

namespace KpiDashboard.Tests.Catalogue.Files;

/// <summary>Every kind of problem a catalogue file can have is named by file, row and column, and nothing at all is applied.</summary>
public sealed class CatalogueImportProblemTests(PostgresServer server) : CatalogueFilesTest(server)
{
    public static TheoryData<string, string, string, string> Problems => new()
    {
        { CatalogueFile.Metrics, "audits-good,Case audits graded good,Quality of practice,count,0", "audits-good,Case audits graded good,Quality of practice,kg,0",
            "metrics.csv, row 3, column unit: found 'kg', expected count, percent, rate, days or fte." },
        { CatalogueFile.Metrics, "monthly,1,no,sum,,\"The number of complaints", "monthly,1,perhaps,sum,,\"The number of complaints",
            "metrics.csv, row 26, column suppress_small_numbers: found 'perhaps', expected yes or no." },
        { CatalogueFile.Metrics, "uasc,Unaccompanied asylum-seeking children in care,", "uasc,,",
            "metrics.csv, row 21, column name: the name is missing; every row needs one." },
        { CatalogueFile.Metrics, "complaints,Complaints received,Feedback,count,0,lower-is-better,monthly,1,no,sum,,", "complaints,Complaints received,Feedback,count,0,lower-is-better,monthly,1,no,sum,2021-13-01,",
            "metrics.csv, row 26, column retired: found '2021-13-01', expected a date as YYYY-MM-DD." },
        { CatalogueFile.Metrics, "referrals,Referrals to children's social care,", "referrals!,Referrals to children's social care,",
            "metrics.csv, row 13, column code: found 'referrals!', expected a code of letters, digits and hyphens (at most 60)." },
        { CatalogueFile.Metrics, "audits-good,Case audits graded good,", "audits-outstanding,Case audits graded good,",
            "metrics.csv, row 3, column code: audits-outstanding is already given in row 2; give each once." },
        { CatalogueFile.Targets, "audits-inadequate-pct,,2020-04,10,10,20", "audits-inadequate-pct,,April 2020,10,10,20",
            "targets.csv, row 3, column effective_from: found 'April 2020', expected a month as YYYY-MM." },
        { CatalogueFile.Targets, "audits-inadequate-pct,,2020-04,10,10,20", "audits-inadequate-pct,,2020-04,10,ten,20",
            "targets.csv, row 3, column green: found 'ten', expected a number such as 15 or 12.5." },
        { CatalogueFile.Targets, "complaints,SCC,", "no-such-measure,SCC,",
            "targets.csv, row 22, column metric: there is no measure 'no-such-measure' in metrics.csv or the catalogue." },
        { CatalogueFile.Targets, "complaints,SCC,", "complaints,XX,",
            "targets.csv, row 22, column area: there is no area 'XX' in areas.csv or the catalogue." },
        { CatalogueFile.Targets, "complaints,SCC,2018-04,35,35,45", "complaints,SCC,2018-04,35,35",
            "targets.csv, row 22: the row has 5 fields but the header has 6; check for a missing or extra comma." },
        { CatalogueFile.Targets, "metric,area,effective_from,target,green,red", "metric,area,from,target,green,red",
            "targets.csv, row 1, column from: this column is not one of targets.csv's; expected metric,area,effective_from,target,green,red. | "
            + "targets.csv, row 1, column effective_from: the header has no effective_from column; expected metric,area,effective_from,target,green,red." },
        { CatalogueFile.Areas, "NE,North East,quadrant,SCC", "NE,North East,county,SCC",
            "areas.csv, row 3, column kind: found 'county', expected authority, quadrant or locality." },
        { CatalogueFile.Areas, "NE,North East,quadrant,SCC", "NE,North East,quadrant,NE",
            "areas.csv, row 3, column parent: an area cannot be its own parent." },
        { CatalogueFile.RollupParts, "audits-inadequate-pct,audits-inadequate,numerator", "audits-inadequate-pct,audits-inadequate,top",
            "rollup-parts.csv, row 2, column role: found 'top', expected numerator or denominator." },
        { CatalogueFile.SpcSettings, "metric,shift_length,trend_length", "metric,shift_length,trend_length\nreferrals,7,-1",
            "spc-settings.csv, row 2, column trend_length: found '-1', expected a whole number from 0 to 1000." },
        { CatalogueFile.SpcBaselines, "metric,area,first_month,last_month", "metric,area,first_month,last_month\nreferrals,NE,2019-03,2018-04",
            "spc-baselines.csv, row 2, column last_month: the baseline ends before it starts (2019-03); give a last month on or after the first." },
        { CatalogueFile.SpcRecalculations, "return-interviews-within-72h,,2020-03,,\"", "return-interviews-within-72h,,2020-03,,\"x\"\"\"y",
            "spc-recalculations.csv, row 2: the row has unbalanced quotation marks; each quoted cell must start and end with \"." },
        { CatalogueFile.Comparators, "england,England", "england,England\nengland,England again",
            "comparators.csv, row 3, column code: england is already given in row 2; give each once." },
        // The catalogue's own rules, as the admin pages apply them.
        { CatalogueFile.RollupParts, "audits-good-or-better-pct,audits-good,numerator\n", "audits-good-or-better-pct,audits-good,numerator\naudits-good-or-better-pct,referrals,numerator\n",
            "rollup-parts.csv, row 7, column part: a share needs at least one numerator, and each numerator must be one of its group's counts." },
        { CatalogueFile.Metrics, "audits-good,Case audits graded good,Quality of practice,count,0,higher-is-better,monthly,1,yes,sum", "audits-good,Case audits graded good,Quality of practice,count,0,higher-is-better,monthly,1,yes,none",
            "metrics.csv, row 3, column rollup: audits-good is a part of audits-good-or-better-pct, audits-inadequate-pct, so it must keep rolling up by sum. | rollup-parts.csv, row 2, column part: a part of a share must be a count that adds up (roll-up: sum): audits-good is not. | rollup-parts.csv, row 7, column part: a part of a share must be a count that adds up (roll-up: sum): audits-good is not." },
        { CatalogueFile.Metrics, "complaints,Complaints received,Feedback,count,0,lower-is-better,monthly,1", "complaints,Complaints received,Feedback,count,0,lower-is-better,monthly,99",
            "metrics.csv, row 26, column reporting_lag_months: the reporting lag is from 0 to 24 months; 99 is not allowed." },
        { CatalogueFile.Targets, "audits-inadequate-pct,,2020-04,10,10,20", "audits-inadequate-pct,,2020-04,10,20,10",
            "targets.csv, row 3, column red: lower is better for this measure, so green (20) must be at or below red (10)." },
        { CatalogueFile.Targets, "complaints,SCC,2018-04,35,35,45", "complaints,SCC,2018-04,35,35,45\nreferrals,,2018-04,1,1,1",
            "targets.csv, row 23, column metric: a neutral measure is not judged red, amber or green, so it cannot have a target." },
        { CatalogueFile.Areas, "SW,South West,quadrant,SCC", "SW,North East,quadrant,SCC",
            "areas.csv, row 3, column name: the name North East is already used by area SW. | areas.csv, row 6, column name: the name North East is already used by area NE." },
        { CatalogueFile.Comparators, "england,England", "england,South East region",
            "comparators.csv, row 2, column name: the name South East region is already used by comparator south-east-region. | comparators.csv, row 3, column name: the name South East region is already used by comparator england." },
        { CatalogueFile.SpcBaselines, "metric,area,first_month,last_month", "metric,area,first_month,last_month\nreferrals,NE,2018-04,2018-09",
            "spc-baselines.csv, row 2, column last_month: a baseline needs at least 12 months for its limits to be trusted; Apr 2018 to Sep 2018 is 6." },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public async Task A_problem_is_named_by_file_row_and_column_and_nothing_is_applied(string file, string find, string replace, string expected)
    {
        var files = await SeedFilesAsync();
        Assert.Contains(find, files[file], StringComparison.Ordinal);
        files[file] = files[file].Replace(find, replace, StringComparison.Ordinal);
        // A valid change in another file, which must not be applied either.
        files[CatalogueFile.Comparators] = files[CatalogueFile.Comparators].Replace("England,England\n", "England,England and Wales\n", StringComparison.Ordinal)
            .Replace("england,England\n", "england,England and Wales\n", StringComparison.Ordinal);

        var result = await ImportAsync(files);

        Assert.Equal(CatalogueImportOutcome.Invalid, result.Outcome);
        Assert.Equal(expected, string.Join(" | ", result.Problems.Select(CatalogueImportResult.Describe)));
        Assert.Equal(await SeedFilesAsync(), await ExportAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_UTF8_is_named_with_its_row()
    {
        var bytes = "code,name\nengland,Engl?nd\n"u8.ToArray();
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xE9;

        var result = await App.Get<CatalogueImporter>().ImportAsync([new CatalogueUpload(CatalogueFile.Comparators, bytes)], new("tester", null), false, Ct);

        Assert.Equal(["comparators.csv, row 2: the file is not UTF-8 text; in Excel choose Save As and the type \"CSV UTF-8 (Comma delimited)\"."],
            result.Problems.Select(CatalogueImportResult.Describe));
    }

    [Theory]
    [InlineData("notes.csv", "", "notes.csv: this is not a catalogue file; the catalogue files are areas.csv, comparators.csv, metrics.csv, rollup-parts.csv, targets.csv, spc-settings.csv, spc-baselines.csv, spc-recalculations.csv.")]
    [InlineData("targets.csv", "", "targets.csv: the file is empty; expected the header metric,area,effective_from,target,green,red and a row per targets.")]
    public async Task A_wrong_or_empty_file_is_named(string name, string text, string expected)
    {
        var result = await ImportAsync(new Dictionary<string, string> { [name] = text });

        Assert.Equal([expected], result.Problems.Select(CatalogueImportResult.Describe));
    }
}
