using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Web.Data.Configurations;

internal sealed class EffectiveFigureConfiguration : IEntityTypeConfiguration<EffectiveFigure>
{
    // The view is Data/Sql/figures-view.sql, applied by the initial migration.
    public void Configure(EntityTypeBuilder<EffectiveFigure> builder) => builder.HasNoKey().ToView("figures");
}
