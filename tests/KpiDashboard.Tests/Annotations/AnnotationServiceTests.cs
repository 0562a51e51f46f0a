using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Annotations;

namespace KpiDashboard.Tests.Annotations;

public sealed class AnnotationServiceTests(PostgresServer server) : DatabaseTest(server, seeded: false)
{
    private AnnotationService Service => App.Get<AnnotationService>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateOnly Launch = new(2019, 11, 4);

    [Fact]
    public async Task An_annotation_is_created_edited_and_deleted()
    {
        var before = (await Service.ListAsync(Ct)).Count;

        Assert.Null(await Service.SaveAsync(null, Launch, "Family safeguarding launched", "referrals", null, TestUsers.Analyst, Ct));
        var created = (await Service.ListAsync(Ct)).Single(a => a.Text == "Family safeguarding launched");
        Assert.Null(await Service.SaveAsync(created.Id, Launch.AddDays(1), "Family safeguarding launched in the North East", "referrals", "NE", TestUsers.Analyst, Ct));
        var edited = (await Service.ListAsync(Ct)).Single(a => a.Id == created.Id);
        await Service.DeleteAsync(created.Id, TestUsers.Analyst, Ct);

        Assert.Equal(("referrals", null), (created.MetricCode, created.AreaCode));
        Assert.Equal((Launch.AddDays(1), "Family safeguarding launched in the North East", "NE", "North East"), (edited.Date, edited.Text, edited.AreaCode, edited.AreaName));
        Assert.Equal(before, (await Service.ListAsync(Ct)).Count);
    }

    [Fact]
    public async Task A_second_annotation_with_the_same_date_and_text_is_refused()
    {
        await Service.SaveAsync(null, Launch, "Family safeguarding launched", null, null, TestUsers.Analyst, Ct);

        var problem = await Service.SaveAsync(null, Launch, "Family safeguarding launched", null, null, TestUsers.Analyst, Ct);

        Assert.Equal("There is already an annotation 'Family safeguarding launched' on 4 Nov 2019.", problem);
    }

    [Theory]
    [InlineData(null, "Text", "Give the date of the event.")]
    [InlineData("2020-03-23", " ", "Write what happened.")]
    public async Task An_incomplete_annotation_is_refused_with_a_sentence(string? date, string text, string expected) =>
        Assert.Equal(expected, await Service.SaveAsync(null, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), text, null, null, TestUsers.Analyst, Ct));
}
