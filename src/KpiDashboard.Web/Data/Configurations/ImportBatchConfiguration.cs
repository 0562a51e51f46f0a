using KpiDashboard.Web.Features.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Web.Data.Configurations;

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.ToTable("imports");
        builder.Property(i => i.FileName).HasMaxLength(Features.Import.ImportFileName.MaxLength);
        builder.Property(i => i.ContentHash).HasMaxLength(64).IsFixedLength();
        builder.Property(i => i.ImportedBy).HasMaxLength(Actor.MaxNameLength);
        builder.Property(i => i.UndoneBy).HasMaxLength(Actor.MaxNameLength);
        builder.Property(i => i.Status).HasDefaultValue(ImportStatus.Committed).HasSentinel(ImportStatus.Committed);
        builder.HasIndex(i => i.ContentHash);
    }
}
