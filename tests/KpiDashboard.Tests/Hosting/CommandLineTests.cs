using KpiDashboard.Web.Hosting;

namespace KpiDashboard.Tests.Hosting;

public sealed class CommandLineTests
{
    [Fact]
    public void No_arguments_serves_the_dashboard()
    {
        Assert.Equal(Verb.Serve, CommandLine.Parse([]).Verb);
    }

    [Fact]
    public void Host_options_pass_through_to_ASP_NET()
    {
        var command = CommandLine.Parse(["--urls", "http://localhost:5090"]);

        Assert.Equal(Verb.Serve, command.Verb);
        Assert.Equal(["--urls", "http://localhost:5090"], command.HostArgs);
    }

    [Theory]
    [InlineData("catalogue export out", Verb.CatalogueExport, "out", false)]
    [InlineData("catalogue import seed-data --dry-run", Verb.CatalogueImport, "seed-data", true)]
    [InlineData("catalogue import seed-data", Verb.CatalogueImport, "seed-data", false)]
    public void Catalogue_takes_export_or_import_and_one_folder(string args, Verb verb, string folder, bool dryRun)
    {
        var command = CommandLine.Parse(args.Split(' '));

        Assert.Equal((verb, folder, dryRun, (string?)null), (command.Verb, command.Files.Single(), command.DryRun, command.Problem));
    }

    [Theory]
    [InlineData("catalogue", "catalogue needs export <dir> or import <dir> [--dry-run].")]
    [InlineData("catalogue export", "catalogue export needs one folder.")]
    [InlineData("catalogue import a b", "catalogue import needs one folder.")]
    [InlineData("catalogue export out --dry-run", "catalogue export needs one folder and does not take --dry-run.")]
    public void Catalogue_without_a_verb_or_folder_is_a_usage_problem(string args, string problem)
    {
        var command = CommandLine.Parse(args.Split(' '));

        Assert.Equal((Verb.Help, problem), (command.Verb, command.Problem));
    }

    [Fact]
    public void Import_takes_files_and_a_dry_run_flag_apart_from_host_options()
    {
        var command = CommandLine.Parse(["import", "a.csv", "--dry-run", "b.csv", "--Database:SeedOnStart=false"]);

        Assert.Equal(Verb.Import, command.Verb);
        Assert.Equal(["a.csv", "b.csv"], command.Files);
        Assert.True(command.DryRun);
        Assert.Equal(["--Database:SeedOnStart=false"], command.HostArgs);
    }

    [Fact]
    public void Import_without_files_is_a_usage_error()
    {
        Assert.Equal("import needs at least one CSV file.", CommandLine.Parse(["import", "--dry-run"]).Problem);
    }

    [Fact]
    public void Migrate_is_a_verb_of_its_own()
    {
        Assert.Equal(Verb.Migrate, CommandLine.Parse(["migrate"]).Verb);
    }
}
