using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Web.Data.Configurations;

internal sealed class BenchmarkConfiguration : IEntityTypeConfiguration<Benchmark>
{
    public void Configure(EntityTypeBuilder<Benchmark> builder)
    {
        builder.Property(b => b.Source).HasMaxLength(200);
        builder.HasIndex(b => new { b.MetricId, b.ComparatorId, b.From }).IsUnique();
        builder.HasOne<Metric>().WithMany().HasForeignKey(b => b.MetricId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(b => b.Comparator).WithMany().HasForeignKey(b => b.ComparatorId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("ck_benchmarks_period", "extract(day from \"from\") = 1 and extract(day from \"to\") = 1 and \"to\" >= \"from\""));
    }
}

internal sealed class ComparatorConfiguration : IEntityTypeConfiguration<Comparator>
{
    public void Configure(EntityTypeBuilder<Comparator> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(40);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.HasIndex(c => c.Code).IsUnique();
    }
}
