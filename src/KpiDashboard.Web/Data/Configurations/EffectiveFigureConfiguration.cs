using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Web.Data.Configurations;

internal sealed class EffectiveFigureConfiguration : IEntityTypeConfiguration<EffectiveFigure>
{
    // The view is created by the FiguresViewAndSpcSettings migration in SQL.
    public void Configure(EntityTypeBuilder<EffectiveFigure> builder) => builder.HasNoKey().ToView("figures");
}
