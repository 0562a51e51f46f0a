using System.Globalization;
using CsvHelper.Configuration;
using KpiDashboard.Web.Components.Csv;
using CsvParser = CsvHelper.CsvParser;

namespace KpiDashboard.Tests.Components;

public sealed class CsvWriterTests
{
    private static string Row(params CsvCell[] cells) => CsvWriter.ToText(csv => csv.WriteRow(cells));

    [Theory]
    [InlineData("=1+1", "\"'=1+1\"")]
    [InlineData("+44 20 7946 0000", "\"'+44 20 7946 0000\"")]
    [InlineData("-3", "\"'-3\"")]
    [InlineData("@SUM(1+1)", "\"'@SUM(1+1)\"")]
    [InlineData("\tcalc", "\"'\tcalc\"")]
    [InlineData("\rcalc", "\"'\rcalc\"")]
    public void Text_starting_with_a_character_a_spreadsheet_runs_as_a_formula_gets_an_apostrophe_and_quotes(string text, string written) =>
        Assert.Equal(written + "\r\n", Row(CsvCell.Text(text)));

    [Fact]
    public void A_formula_with_quotes_inside_keeps_them_doubled_after_the_apostrophe()
    {
        Assert.Equal("\"'=cmd|' /C calc'!A0\"\r\n", Row(CsvCell.Text("=cmd|' /C calc'!A0")));
        Assert.Equal("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n", Row(CsvCell.Text("=HYPERLINK(\"http://x\",\"y\")")));
    }

    [Theory]
    [InlineData("-3", "-3")]
    [InlineData("-0.5", "-0.5")]
    [InlineData("0", "0")]
    [InlineData("1213", "1213")]
    [InlineData("29.20", "29.20")]
    public void Numbers_are_written_as_plain_numbers_even_when_negative(string value, string written) =>
        Assert.Equal(written + "\r\n", Row(CsvCell.Number(decimal.Parse(value, CultureInfo.InvariantCulture))));

    [Fact]
    public void A_missing_number_and_empty_text_are_empty_cells()
    {
        Assert.Equal(",,\r\n", Row(CsvCell.Number(null), CsvCell.Text(""), CsvCell.Text(null)));
        Assert.Equal(CsvCell.Empty, CsvCell.Number(null));
    }

    [Theory]
    [InlineData("North East, Jun 2020", "\"North East, Jun 2020\"")]
    [InlineData("the \"quoted\" one", "\"the \"\"quoted\"\" one\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("ends with\r", "\"ends with\r\"")]
    public void Text_with_a_comma_quote_or_line_break_is_quoted_with_quotes_doubled(string text, string written) =>
        Assert.Equal(written + "\r\n", Row(CsvCell.Text(text)));

    [Theory]
    [InlineData("referrals")]
    [InlineData("a=b")]
    [InlineData("2019-20")]
    [InlineData("it's")]
    public void Other_text_is_written_as_it_is(string text) =>
        Assert.Equal(text + "\r\n", Row(CsvCell.Text(text)));

    [Fact]
    public void A_header_and_rows_are_separated_by_commas_and_each_ends_with_crlf()
    {
        var csv = CsvWriter.ToText(w =>
        {
            w.WriteHeader("area", "value", "note");
            w.WriteRow(CsvCell.Text("NE"), CsvCell.Number(-1.5m), CsvCell.Text("fine"));
            w.WriteRow(CsvCell.Text("SW"), CsvCell.Number(2), CsvCell.Empty);
        });

        Assert.Equal("area,value,note\r\nNE,-1.5,fine\r\nSW,2,\r\n", csv);
    }

    [Fact]
    public void The_seed_style_ends_rows_in_lf_quotes_free_text_always_and_writes_text_exactly()
    {
        var csv = CsvWriter.ToText(w =>
        {
            w.WriteHeader("code", "name", "definition");
            w.WriteRow(CsvCell.Text("-x"), CsvCell.Text("a, b"), CsvCell.FreeText("Say \"no\"."));
            w.WriteRow(CsvCell.Text("y"), CsvCell.Text("=1+1"), CsvCell.FreeText(""));
        }, CsvStyle.Seed);

        Assert.Equal("code,name,definition\n-x,\"a, b\",\"Say \"\"no\"\".\"\ny,=1+1,\"\"\n", csv);
    }

    [Fact]
    public void Free_text_is_quoted_in_a_download_too() =>
        Assert.Equal("\"plain\"\r\n", Row(CsvCell.FreeText("plain")));

    [Fact]
    public void A_heading_that_would_run_as_a_formula_is_made_inert_too() =>
        Assert.Equal("period,\"'=1+1\"\r\n", CsvWriter.ToText(w => w.WriteHeader("period", "=1+1")));

    [Fact]
    public void A_csv_reader_gets_back_every_cell_with_formulas_behind_an_apostrophe()
    {
        string[] texts = ["plain", "with, comma", "with \"quotes\"", "two\r\nlines", "=1+1", "-minus", "@at", "\ttab"];

        var csv = CsvWriter.ToText(w => w.WriteRow([.. texts.Select(CsvCell.Text), CsvCell.Number(-0.5m)]));

        using var parser = new CsvParser(new StringReader(csv), new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.None });
        Assert.True(parser.Read());
        Assert.Equal(["plain", "with, comma", "with \"quotes\"", "two\r\nlines", "'=1+1", "'-minus", "'@at", "'\ttab", "-0.5"], parser.Record!);
        Assert.False(parser.Read());
    }
}
