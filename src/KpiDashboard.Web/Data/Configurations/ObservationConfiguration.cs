using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Web.Data.Configurations;

internal sealed class ObservationConfiguration : IEntityTypeConfiguration<Observation>
{
    public void Configure(EntityTypeBuilder<Observation> builder)
    {
        // One current figure per metric, area and month; the index also serves series reads.
        builder.HasIndex(o => new { o.MetricId, o.AreaId, o.Period }).IsUnique();
        builder.HasIndex(o => new { o.AreaId, o.Period });
        builder.HasIndex(o => o.ImportId);
        builder.HasOne(o => o.Metric).WithMany().HasForeignKey(o => o.MetricId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Area).WithMany().HasForeignKey(o => o.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ImportBatch>().WithMany().HasForeignKey(o => o.ImportId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.Note).HasMaxLength(1000);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_observations_first_of_month", "extract(day from period) = 1");
            t.HasCheckConstraint("ck_observations_value_matches_status",
                "(status in ('Actual', 'Provisional')) = (value is not null)");
        });
    }
}
