using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Web.Data.Configurations;

internal sealed class AnnotationConfiguration : IEntityTypeConfiguration<Annotation>
{
    public void Configure(EntityTypeBuilder<Annotation> builder)
    {
        builder.Property(a => a.Text).HasMaxLength(500);
        builder.HasIndex(a => new { a.Date, a.Text }).IsUnique();
        builder.HasOne(a => a.Metric).WithMany().HasForeignKey(a => a.MetricId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Area).WithMany().HasForeignKey(a => a.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}
