using KpiDashboard.Web.Features.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Web.Data.Configurations;

internal sealed class PackConfiguration : IEntityTypeConfiguration<Pack>
{
    public void Configure(EntityTypeBuilder<Pack> builder)
    {
        builder.ToTable("packs", t =>
        {
            t.HasCheckConstraint("ck_packs_reporting_month_first_of_month", "extract(day from reporting_month) = 1");
            t.HasCheckConstraint("ck_packs_published_has_content", "status <> 'Published' or (frozen_content is not null and published_at is not null)");
        });
        builder.Property(p => p.Title).HasMaxLength(Pack.MaxTitleLength);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.PublishedBy).HasMaxLength(Actor.MaxNameLength);
        builder.Property(p => p.CreatedBy).HasMaxLength(Actor.MaxNameLength);
        builder.Property(p => p.FrozenContent).HasColumnType("jsonb");
        builder.HasOne<Pack>().WithMany().HasForeignKey(p => p.RolledFromPackId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Slides).WithOne().HasForeignKey(s => s.PackId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.Status, p.MeetingDate });
    }
}

internal sealed class PackSlideConfiguration : IEntityTypeConfiguration<PackSlide>
{
    public void Configure(EntityTypeBuilder<PackSlide> builder)
    {
        builder.ToTable("pack_slides");
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.ChartView).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Theme).HasMaxLength(100);
        builder.Property(s => s.Title).HasMaxLength(PackSlide.MaxTitleLength);
        builder.Property(s => s.Body).HasMaxLength(PackSlide.MaxBodyLength);
        builder.Property(s => s.SpeakerNotes).HasMaxLength(PackSlide.MaxNotesLength);
        builder.HasOne(s => s.Metric).WithMany().HasForeignKey(s => s.MetricId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Area).WithMany().HasForeignKey(s => s.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.PackId, s.Position });
    }
}

internal sealed class PackFileConfiguration : IEntityTypeConfiguration<PackFile>
{
    public void Configure(EntityTypeBuilder<PackFile> builder)
    {
        builder.ToTable("pack_files", t => t.HasCheckConstraint("ck_pack_files_format", "format in ('pdf', 'pptx')"));
        builder.HasKey(f => new { f.PackId, f.Format });
        builder.Property(f => f.Format).HasMaxLength(10);
        builder.Property(f => f.ContentHash).HasComment("SHA-256 of the pack content the file was made from: a figure revised after publishing changes it, and the file is made again once.");
        builder.HasOne<Pack>().WithMany().HasForeignKey(f => f.PackId).OnDelete(DeleteBehavior.Cascade);
    }
}
