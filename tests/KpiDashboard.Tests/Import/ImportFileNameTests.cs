using KpiDashboard.Web.Features.Import;

namespace KpiDashboard.Tests.Import;

public sealed class ImportFileNameTests
{
    [Theory]
    [InlineData("june.csv", "june.csv")]
    [InlineData("C:\\Users\\ann\\june.csv", "june.csv")]
    [InlineData("/home/ann/june.csv", "june.csv")]
    [InlineData("ju\0ne\u0007\r\n.csv", "june.csv")]
    public void An_uploads_name_keeps_only_the_files_own_name_without_control_characters(string given, string recorded) =>
        Assert.Equal(recorded, ImportFileName.OfUpload(given));

    [Fact]
    public void A_name_given_by_the_app_keeps_its_folder() =>
        Assert.Equal("seed-data/observations/2018-19.csv", ImportFileName.From("seed-data/observations/2018-19.csv"));

    [Fact]
    public void A_name_longer_than_the_column_is_shortened_keeping_its_extension()
    {
        var name = ImportFileName.From(new string('a', 500) + ".csv");

        Assert.Equal(ImportFileName.MaxLength, name.Length);
        Assert.EndsWith("a….csv", name, StringComparison.Ordinal);
    }

    [Fact]
    public void Shortening_never_splits_a_character_in_two()
    {
        var name = ImportFileName.From(new string('a', 254) + string.Concat(Enumerable.Repeat("😀", 100)) + ".csv");

        Assert.True(name.Length <= ImportFileName.MaxLength);
        Assert.False(name.Where((c, i) => char.IsHighSurrogate(c) && (i + 1 >= name.Length || !char.IsLowSurrogate(name[i + 1]))).Any());
    }
}
