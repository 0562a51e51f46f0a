using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Web.Data.Configurations;

internal sealed class FigureConfiguration : IEntityTypeConfiguration<Figure>
{
    // The view is created by the FiguresViewAndSpcSettings migration in SQL.
    public void Configure(EntityTypeBuilder<Figure> builder) => builder.HasNoKey().ToView("figures");
}
