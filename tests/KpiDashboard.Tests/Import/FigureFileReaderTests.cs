using System.Text;
using KpiDashboard.Web.Features.Import;

namespace KpiDashboard.Tests.Import;

public sealed class FigureFileReaderTests
{
    private readonly ImportProblems _errors = new("f.csv");

    private List<RawRow> Read(string csv) => Read(Encoding.UTF8.GetBytes(csv));

    private List<RawRow> Read(byte[] bytes) => new FigureFileReader("f.csv", _errors).Read(new MemoryStream(bytes)).ToList();

    [Fact]
    public void Rows_are_numbered_as_Excel_numbers_them_counting_the_header_and_blank_lines()
    {
        var rows = Read("period,area,metric,value\n2020-06,NE,referrals,1\n\n2020-06,NW,referrals,2\n");

        Assert.Equal([2, 4], rows.Select(r => r.Row));
        Assert.Empty(_errors);
    }

    [Fact]
    public void Headers_match_synonyms_ignoring_case_and_spaces()
    {
        var row = Assert.Single(Read(" Month ,QUADRANT,KPI,Value,Notes\n2020-06,NE,referrals,1,checked\n"));

        Assert.Equal(("2020-06", "NE", "referrals", "1", "checked"), (row.Period, row.Area, row.Metric, row.Value, row.Note));
    }

    [Fact]
    public void A_byte_order_mark_is_ignored()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("period,area,metric,value\n2020-06,NE,referrals,1\n")).ToArray();

        Assert.Single(Read(bytes));
        Assert.Empty(_errors);
    }

    [Fact]
    public void Fully_empty_trailing_columns_are_ignored_and_counted()
    {
        var reader = new FigureFileReader("f.csv", _errors);
        var rows = reader.Read(new MemoryStream(Encoding.UTF8.GetBytes("period,area,metric,value,,\n2020-06,NE,referrals,1,,\n"))).ToList();

        Assert.Single(rows);
        Assert.Equal(2, reader.EmptyTrailingColumns);
        Assert.Empty(_errors);
    }

    [Fact]
    public void A_row_with_too_many_fields_is_named()
    {
        Read("period,area,metric,value\n2020-06,NE,referrals,1,213\n");

        Assert.Equal(new ImportError("f.csv", 2, "(row)", "2020-06,NE,referrals,1,213",
            "The row has 5 fields but the header has 4; check for a missing or extra comma"), Assert.Single(_errors));
    }

    [Fact]
    public void A_missing_required_column_is_named()
    {
        Read("period,area,value\n2020-06,NE,1\n");

        Assert.Equal("The header has no 'metric' column; expected the columns period, area, metric, value", Assert.Single(_errors).Message);
    }

    [Fact]
    public void A_repeated_heading_is_named_with_both_columns()
    {
        Read("period,area,metric,value,Value\n");

        Assert.Equal(("E", "The heading 'Value' repeats column D (value); each column may appear once"),
            (Assert.Single(_errors).Column, _errors[0].Message));
    }

    [Fact]
    public void An_unexpected_column_is_named()
    {
        Read("period,area,metric,value,owner\n");

        Assert.Equal("Unexpected column 'owner'; expected period, area, metric, value and optionally numerator, denominator, status, note",
            Assert.Single(_errors).Message);
    }

    [Fact]
    public void A_file_that_is_not_UTF8_tells_the_analyst_how_to_save_it()
    {
        var latin1 = Encoding.Latin1.GetBytes("period,area,metric,value,note\n2020-06,NE,referrals,1,caf\u00e9\n");

        Read(latin1);

        Assert.Equal(2, Assert.Single(_errors).Row);
        Assert.Equal("The file is not UTF-8 text; in Excel choose Save As and the type \"CSV UTF-8 (Comma delimited)\", then upload again",
            Assert.Single(_errors).Message);
    }

    [Fact]
    public void Unbalanced_quotes_are_reported()
    {
        Read("period,area,metric,value\n2020-06,NE,re\"ferrals,1\n");

        Assert.Equal("The row has unbalanced quotation marks; each quoted cell must start and end with \"", Assert.Single(_errors).Message);
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        Read("");

        Assert.Equal("The file is empty; expected a header row followed by one row per figure", Assert.Single(_errors).Message);
    }
}
