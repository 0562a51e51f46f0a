using KpiDashboard.Web.Hosting;

var command = CommandLine.Parse(args);
if (command.Verb == Verb.Help)
{
    if (command.Problem is not null)
    {
        Console.Error.WriteLine(command.Problem);
    }

    Console.Error.WriteLine(CommandLine.Usage);
    return command.Problem is null ? CommandRunner.Success : CommandRunner.UsageError;
}

try
{
    var builder = WebApplication.CreateBuilder(command.HostArgs);
    builder.AddKpiDashboard();
    await using var app = builder.Build();
    return command.Verb switch
    {
        Verb.Migrate => await CommandRunner.MigrateAsync(app),
        Verb.Import => await CommandRunner.ImportAsync(app, command),
        Verb.CatalogueExport => await CatalogueCommands.ExportAsync(app, command.Files[0]),
        Verb.CatalogueImport => await CatalogueCommands.ImportAsync(app, command.Files[0], command.DryRun),
        Verb.CreateUser => await AccountCommands.CreateUserAsync(app, command.Account!),
        Verb.CreateApiKey => await AccountCommands.CreateApiKeyAsync(app, command.Account!),
        _ => await CommandRunner.ServeAsync(app),
    };
}
catch (Exception ex) when (StartupFailure.Explain(ex) is { } message)
{
    Console.Error.WriteLine(message);
    return 1;
}

public partial class Program;
