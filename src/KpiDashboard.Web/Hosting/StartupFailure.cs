using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;
using Npgsql;

namespace KpiDashboard.Web.Hosting;

/// <summary>Turns the failures a misconfigured start produces into one sentence for the terminal.</summary>
public static class StartupFailure
{
    public static string? Explain(Exception exception) => exception switch
    {
        StartupProblemException problem => problem.Message,
        OptionsValidationException invalid => invalid.Message,
        IOException { InnerException: AddressInUseException } io =>
            $"{io.Message.TrimEnd('.')}. Another program is using that port; stop it or choose another address, e.g. --urls http://localhost:5090",
        NpgsqlException npgsql =>
            $"Cannot use the database: {npgsql.Message}. Check that PostgreSQL is running and that ConnectionStrings__Kpi is right.",
        _ => null,
    };
}
