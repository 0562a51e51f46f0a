using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Web.Data.Configurations;

internal sealed class ObservationRevisionConfiguration : IEntityTypeConfiguration<ObservationRevision>
{
    public void Configure(EntityTypeBuilder<ObservationRevision> builder)
    {
        builder.HasIndex(r => new { r.MetricId, r.AreaId, r.Period });
        builder.HasIndex(r => r.SupersededByImportId);
        builder.HasOne<Metric>().WithMany().HasForeignKey(r => r.MetricId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Area>().WithMany().HasForeignKey(r => r.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ImportBatch>().WithMany().HasForeignKey(r => r.ImportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ImportBatch>().WithMany().HasForeignKey(r => r.SupersededByImportId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Note).HasMaxLength(1000);
    }
}
