using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Web.Data.Configurations;

internal sealed class SpcRecalculationPointConfiguration : IEntityTypeConfiguration<SpcRecalculationPoint>
{
    public void Configure(EntityTypeBuilder<SpcRecalculationPoint> builder)
    {
        builder.ToTable("spc_recalculations");
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.HasIndex(r => new { r.MetricId, r.AreaId, r.StartsFrom }).IsUnique().AreNullsDistinct(false);
        builder.HasOne<Metric>().WithMany().HasForeignKey(r => r.MetricId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Area>().WithMany().HasForeignKey(r => r.AreaId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("ck_spc_recalculations_first_of_month", "extract(day from starts_from) = 1"));
    }
}
