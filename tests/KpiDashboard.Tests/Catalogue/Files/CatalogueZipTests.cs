using KpiDashboard.Web.Features.Catalogue.Files;

namespace KpiDashboard.Tests.Catalogue.Files;

public sealed class CatalogueZipTests
{
    [Fact]
    public void The_files_of_a_zip_are_read_by_their_own_names_folders_aside()
    {
        var zip = CatalogueFilesPageTests.Zip(("catalogue/areas.csv", "code,name,kind,parent\n"), ("comparators.csv", "code,name\n"));

        var (files, problem) = CatalogueZip.Read("c.zip", zip, 1024);

        Assert.Null(problem);
        Assert.Equal(["areas.csv", "comparators.csv"], files.Select(f => f.Name));
    }

    [Fact]
    public void An_entry_that_unpacks_past_the_limit_is_refused_while_it_inflates()
    {
        // 10 MB of one character compresses to a few kilobytes: a small zip bomb.
        var zip = CatalogueFilesPageTests.Zip(("metrics.csv", new string('a', 10 * 1024 * 1024)));
        Assert.True(zip.Length < 100_000);

        var (files, problem) = CatalogueZip.Read("bomb.zip", zip, 1024 * 1024);

        Assert.Empty(files);
        Assert.Equal("bomb.zip: metrics.csv in the zip is larger than 1 MB unpacked, far more than a catalogue needs", problem!.ToString());
    }

    [Fact]
    public void A_zip_of_too_many_entries_is_refused()
    {
        var zip = CatalogueFilesPageTests.Zip([.. Enumerable.Range(0, CatalogueZip.MaxEntries + 1).Select(i => ($"f{i}.csv", "x"))]);

        var (_, problem) = CatalogueZip.Read("many.zip", zip, 1024);

        Assert.Equal("many.zip: the zip holds 51 entries; a catalogue is 8 files", problem!.ToString());
    }
}
