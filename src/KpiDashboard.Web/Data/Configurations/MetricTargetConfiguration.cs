using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Web.Data.Configurations;

internal sealed class MetricTargetConfiguration : IEntityTypeConfiguration<MetricTarget>
{
    public void Configure(EntityTypeBuilder<MetricTarget> builder)
    {
        builder.HasIndex(t => new { t.MetricId, t.AreaId, t.EffectiveFrom }).IsUnique().AreNullsDistinct(false);
        builder.HasOne<Area>().WithMany().HasForeignKey(t => t.AreaId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("ck_metric_targets_first_of_month", "extract(day from effective_from) = 1"));
    }
}
