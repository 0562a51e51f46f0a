using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace KpiDashboard.Web.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the app or a database.</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<KpiDbContext>
{
    public KpiDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<KpiDbContext>()
        .UseNpgsql("Host=localhost;Database=kpi_design")
        .UseSnakeCaseNamingConvention()
        .Options);
}
