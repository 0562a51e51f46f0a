using System.IO.Compression;
using System.Net;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Catalogue.Files;

namespace KpiDashboard.Tests.Catalogue.Files;

/// <summary>The page's download: the whole catalogue as a zip of the seed-format files, for an Admin only.</summary>
public sealed class CatalogueDownloadTests(PostgresServer server) : ApiTest(server)
{
    [Fact]
    public async Task An_admin_downloads_a_zip_of_the_eight_files_each_byte_identical_to_the_seed()
    {
        using var client = await ClientWithKeyAsync(TestUsers.For(Roles.Admin));

        using var response = await client.GetAsync(new Uri(CatalogueFilesEndpoints.ZipPath, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("catalogue-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        Assert.Equal(CatalogueFile.All.Select(f => f.Name), zip.Entries.Select(e => e.FullName));
        foreach (var entry in zip.Entries)
        {
            using var content = new MemoryStream();
            await using (var stream = entry.Open())
            {
                await stream.CopyToAsync(content, TestContext.Current.CancellationToken);
            }

            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(RepoPaths.SeedData, entry.FullName), TestContext.Current.CancellationToken), content.ToArray());
        }
    }

    [Fact]
    public async Task An_analyst_is_refused_the_download()
    {
        using var client = await ClientWithKeyAsync(TestUsers.For(Roles.Analyst));

        using var response = await client.GetAsync(new Uri(CatalogueFilesEndpoints.ZipPath, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
