using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Web.Data.Configurations;

internal sealed class BenchmarkConfiguration : IEntityTypeConfiguration<Benchmark>
{
    public void Configure(EntityTypeBuilder<Benchmark> builder)
    {
        builder.Property(b => b.Source).HasMaxLength(200);
        builder.HasIndex(b => new { b.MetricId, b.Comparator, b.From }).IsUnique();
        builder.HasOne<Metric>().WithMany().HasForeignKey(b => b.MetricId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("ck_benchmarks_period", "extract(day from \"from\") = 1 and extract(day from \"to\") = 1 and \"to\" >= \"from\""));
    }
}
