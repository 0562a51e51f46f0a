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
        builder.HasIndex(m => m.Code).IsUnique();
        builder.HasMany(m => m.Targets).WithOne().HasForeignKey(t => t.MetricId).OnDelete(DeleteBehavior.Cascade);
    }
}
