using KpiDashboard.Web.Features.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Web.Data.Configurations;

internal sealed class CommentaryConfiguration : IEntityTypeConfiguration<Commentary>
{
    public void Configure(EntityTypeBuilder<Commentary> builder)
    {
        builder.ToTable("commentaries");
        builder.Property(c => c.Text).HasMaxLength(4000);
        builder.Property(c => c.Author).HasMaxLength(Actor.MaxNameLength);
        builder.HasIndex(c => new { c.MetricId, c.AreaId, c.Period }).IsUnique();
        builder.HasIndex(c => new { c.AreaId, c.Period });
        builder.HasOne<Metric>().WithMany().HasForeignKey(c => c.MetricId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Area>().WithMany().HasForeignKey(c => c.AreaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Edits).WithOne().HasForeignKey(e => e.CommentaryId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("ck_commentaries_first_of_month", "extract(day from period) = 1"));
    }
}

internal sealed class CommentaryEditConfiguration : IEntityTypeConfiguration<CommentaryEdit>
{
    public void Configure(EntityTypeBuilder<CommentaryEdit> builder)
    {
        builder.Property(e => e.Text).HasMaxLength(4000);
        builder.Property(e => e.Author).HasMaxLength(Actor.MaxNameLength);
    }
}
