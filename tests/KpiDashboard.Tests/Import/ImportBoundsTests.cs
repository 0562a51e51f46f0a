using System.Text;
using System.Text.Json;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Import;

namespace KpiDashboard.Tests.Import;

/// <summary>
/// Hostile files (a header thousands of columns wide, one endless line, hundreds of thousands of bad rows) end in a
/// bounded answer: at most the capped number of problems, each quoting little, whatever the file and whichever rule finds them.
/// </summary>
public sealed class ImportBoundsTests(PostgresServer server) : DatabaseTest(server, seeded: false)
{
    private const string Header = "period,area,metric,value\n";

    /// <summary>The import's answer as the API sends it: what an analyst or a script receives.</summary>
    private const int MaxAnswerBytes = 1024 * 1024;

    private async Task<ImportResult> ImportAsync(string csv) =>
        await App.Get<ImportService>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "hostile.csv", TestUsers.Analyst, dryRun: true, TestContext.Current.CancellationToken);

    private static int AnswerBytes(ImportResult result) => JsonSerializer.SerializeToUtf8Bytes(ImportResponse.From(result)).Length;

    private static string Rows(int count, Func<int, string> row) => string.Concat(Enumerable.Range(0, count).Select(row));

    [Fact]
    public async Task A_header_wider_than_the_column_limit_is_one_problem()
    {
        var result = await ImportAsync("period,metric," + string.Join(',', Enumerable.Range(0, 5_000).Select(i => $"X{i}")) + "\n2020-06,referrals\n");

        var problem = Assert.Single(result.Errors);
        Assert.Equal("The header has 5,002 columns; a file may have at most 1,000 (a wide file has one per area)", problem.Message);
    }

    [Fact]
    public async Task A_line_longer_than_the_limit_is_one_problem_and_is_not_read_whole()
    {
        var result = await ImportAsync("period,metric," + string.Join(',', Enumerable.Range(0, 200_000).Select(i => $"X{i}")) + "\n");

        var problem = Assert.Single(result.Errors);
        Assert.Equal("Line 1 of the file is longer than 50,000 characters, more than any row of figures needs; check that it is a CSV file of figures", problem.Message);
    }

    [Fact]
    public async Task A_cell_whose_quotation_mark_never_closes_stops_at_the_line_limit()
    {
        var result = await ImportAsync(Header + "2020-06,NE,referrals,\"" + Rows(20_000, _ => "more text\n"));

        var problem = Assert.Single(result.Errors);
        Assert.StartsWith("A cell starting in row 2 is longer than 50,000 characters", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_hundred_thousand_rows_of_the_wrong_width_give_at_most_the_capped_problems()
    {
        var result = await ImportAsync(Header + Rows(200_000, i => $"2020-06,NE,referrals,{i},extra,fields\n"));

        Assert.Equal(1_001, result.Errors.Count);
        Assert.Equal(1_000, ImportProblems.Found(result.Errors));
        Assert.Equal("Checking stopped after 1,000 problems; correct these and upload the file again to see any more", result.Errors[^1].Message);
        Assert.True(AnswerBytes(result) < MaxAnswerBytes, $"The answer is {AnswerBytes(result):N0} bytes.");
    }

    [Fact]
    public async Task Two_hundred_thousand_rows_with_several_bad_cells_each_give_at_most_the_capped_problems()
    {
        var result = await ImportAsync(Header + Rows(200_000, i => $"2020-13,XX{i},nope,=1+{i}\n"));

        Assert.Equal(1_001, result.Errors.Count);
        Assert.True(AnswerBytes(result) < MaxAnswerBytes, $"The answer is {AnswerBytes(result):N0} bytes.");
    }

    [Fact]
    public void Problems_found_in_the_header_stop_at_the_cap_too()
    {
        var problems = new ImportProblems("f.csv", max: 50);
        var csv = string.Join(',', Enumerable.Range(0, 900).Select(i => $"unknown{i}")) + "\n2020-06\n";

        var rows = new FigureFileReader("f.csv", problems).Read(new MemoryStream(Encoding.UTF8.GetBytes(csv))).ToList();

        Assert.Empty(rows);
        Assert.Equal(51, problems.Count);
        Assert.Equal(50, ImportProblems.Found(problems));
    }

    [Fact]
    public void Rows_past_the_row_limit_are_one_problem_and_blank_rows_do_not_count()
    {
        var problems = new ImportProblems("f.csv");
        var limits = new ImportLimits { MaxRows = 3 };
        var csv = Header + "\n\n\n\n" + Rows(5, i => $"2020-06,NE,referrals,{i}\n");

        var rows = new FigureFileReader("f.csv", problems, limits: limits).Read(new MemoryStream(Encoding.UTF8.GetBytes(csv))).ToList();

        Assert.Equal(2, rows.Count);
        Assert.Equal("The file has more than 3 rows, more than one import takes; split it into smaller files", Assert.Single(problems).Message);
    }

    [Fact]
    public async Task A_problem_quotes_only_the_start_of_a_huge_cell()
    {
        var result = await ImportAsync(Header + "2020-06,NE," + new string('m', 40_000) + ",1\n");

        var problem = Assert.Single(result.Errors);
        Assert.True(problem.Value.Length <= 201 && problem.Message.Length <= 601, $"{problem.Value.Length} and {problem.Message.Length} characters.");
    }
}
