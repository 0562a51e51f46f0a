using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Web.Data.Configurations;

internal sealed class MetricConfiguration : IEntityTypeConfiguration<Metric>
{
    public void Configure(EntityTypeBuilder<Metric> builder)
    {
        builder.Property(m => m.Code).HasMaxLength(80);
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.Theme).HasMaxLength(100);
        builder.Property(m => m.Definition).HasMaxLength(1000);
        builder.HasIndex(m => m.Code).IsUnique();
        // Defaults equal to the CLR defaults, so SQL that predates a column (benchmarks' generated catalogues) still inserts.
        builder.Property(m => m.Decimals).HasDefaultValue(0);
        builder.Property(m => m.ReportingLagMonths).HasDefaultValue(0);
        builder.Property(m => m.Frequency).HasDefaultValue(ReportingFrequency.Monthly);
        builder.Property(m => m.SmallNumberSuppression).HasDefaultValue(false);
        builder.HasMany(m => m.Targets).WithOne().HasForeignKey(t => t.MetricId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Parts).WithOne().HasForeignKey(p => p.MetricId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_metrics_decimals", "decimals between 0 and 3");
            t.HasCheckConstraint("ck_metrics_reporting_lag_months", "reporting_lag_months between 0 and 24");
        });
    }
}

internal sealed class RollupPartConfiguration : IEntityTypeConfiguration<RollupPart>
{
    public void Configure(EntityTypeBuilder<RollupPart> builder)
    {
        builder.ToTable("rollup_parts", t => t.HasCheckConstraint("ck_rollup_parts_not_itself", "metric_id <> part_metric_id"));
        builder.HasKey(p => new { p.MetricId, p.PartMetricId, p.Role });
        builder.HasOne<Metric>().WithMany().HasForeignKey(p => p.PartMetricId).OnDelete(DeleteBehavior.Restrict);
    }
}
