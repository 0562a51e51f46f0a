// Writes seed-data/observations/*.csv: illustrative monthly figures, April 2018 to March 2021, for every
// metric in seed-data/metrics.csv and every area in seed-data/areas.csv, shaped to agree with the figures
// quoted in the children's select committee minutes of June 2020, then checks that agreement.
// Run from the repository root: dotnet run seed-data/generator/GenerateSeed.cs
using System.Globalization;
using System.Text;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var seedDir = SeedFolder.Locate();
var store = new Store(Catalogue.Load(seedDir));

QualityOfPractice.Build(store);
MissingChildren.Build(store);
Demand.Build(store);
QualityOfPractice.BuildManagementOversight(store);
Adolescents.Build(store);
Workforce.Build(store);
Feedback.Build(store);
store.RollUpToAuthority();

ObservationWriter.Write(seedDir, store);
return MinutesChecks.Run(store) ? 0 : 1;

file static class SeedFolder
{
    public static string Locate()
    {
        var generatorDir = AppContext.GetData("EntryPointFileDirectoryPath") as string
            ?? throw new InvalidOperationException("Run this as a file-based app: dotnet run seed-data/generator/GenerateSeed.cs");
        return Path.GetFullPath(Path.Combine(generatorDir, ".."));
    }
}

/// <summary>The figures the minutes quote (paragraph numbers in comments); every other figure is invented.</summary>
file static class Minutes
{
    public static readonly int June2020 = Months.Index("2020-06");
    public static readonly int March2020 = Months.Index("2020-03");

    // Paragraphs 7 and 11: 20% of audits inadequate, 29% in the North East. The split of the other grades is invented.
    public static readonly Dictionary<string, Grades> AuditGradesJune2020 = new()
    {
        ["NE"] = new(Outstanding: 1, Good: 6, RequiresImprovement: 10, Inadequate: 7),
        ["NW"] = new(Outstanding: 1, Good: 8, RequiresImprovement: 9, Inadequate: 4),
        ["SE"] = new(Outstanding: 1, Good: 9, RequiresImprovement: 10, Inadequate: 3),
        ["SW"] = new(Outstanding: 0, Good: 8, RequiresImprovement: 9, Inadequate: 4),
    };

    // Paragraph 4: about 6,000 open files at the outbreak; a 10% dip sample agreed on risk in 91% of cases.
    public const int OpenFilesMarch2020 = 6012;
    public const int DipSampleJune2020 = 600;
    public const int DipSampleAgreedJune2020 = 546;

    // Paragraph 13: practitioners appointed during the six-month drive, and full-time vacancies still open.
    public static readonly Dictionary<string, int> AppointedJanuaryToJune2020 = new() { ["NE"] = 22, ["SW"] = 9, ["NW"] = 30, ["SE"] = 15 };
    public static readonly Dictionary<string, int> VacanciesJune2020 = new() { ["NE"] = 7, ["SW"] = 12, ["NW"] = 10, ["SE"] = 18 };
    public const int NewlyQualifiedDueJune2020 = 40;

    // Paragraph 14 names the DfE threshold (0.07% of the child population); 186 is an illustrative figure for Surrey.
    public const int UascThreshold = 186;
}

file static class Months
{
    public const int Count = 36;
    static readonly DateOnly First = new(2018, 4, 1);

    public static IEnumerable<int> All => Enumerable.Range(0, Count);
    public static int Last => Count - 1;
    public static string Label(int t) => First.AddMonths(t).ToString("yyyy-MM", CultureInfo.InvariantCulture);
    public static int CalendarMonth(int t) => First.AddMonths(t).Month;

    public static int Index(string label)
    {
        var month = DateOnly.ParseExact(label + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (month.Year - First.Year) * 12 + month.Month - First.Month;
    }

    public static IEnumerable<int> Between(string from, string to) =>
        Enumerable.Range(Index(from), Index(to) - Index(from) + 1);
}

file static class Shape
{
    /// <summary>Straight lines between (month, value) knots, flat before the first knot and after the last.</summary>
    public static double Trend(int t, params (string Month, double Value)[] knots)
    {
        if (t <= Months.Index(knots[0].Month)) return knots[0].Value;
        for (var k = 1; k < knots.Length; k++)
        {
            int from = Months.Index(knots[k - 1].Month), to = Months.Index(knots[k].Month);
            if (t <= to) return knots[k - 1].Value + (knots[k].Value - knots[k - 1].Value) * (t - from) / (to - from);
        }
        return knots[^1].Value;
    }

    public static double Season(int t, double[] januaryToDecember) => januaryToDecember[Months.CalendarMonth(t) - 1];

    public static int Whole(double x) => Math.Max(0, (int)Math.Round(x, MidpointRounding.AwayFromZero));

    /// <summary>Largest-remainder rounding: whole shares that add up exactly to the total.</summary>
    public static int[] Apportion(int total, IReadOnlyList<double> weights)
    {
        var sum = weights.Sum();
        var exact = weights.Select(w => total * w / sum).ToArray();
        var shares = exact.Select(x => (int)Math.Floor(x)).ToArray();
        var order = Enumerable.Range(0, shares.Length).OrderByDescending(i => exact[i] - shares[i]).ThenBy(i => i);
        foreach (var i in order.Take(total - shares.Sum())) shares[i]++;
        return shares;
    }
}

// One generator per name, seeded from the name, so changing one metric family never shifts another's figures.
// Only + - * / and rounding are used on its output, so the figures are the same on every machine.
file sealed class Noise(string name)
{
    readonly Random random = new(StableSeed(name));

    public double Jitter(double amplitude) => (random.NextDouble() * 2 - 1) * amplitude;

    static int StableSeed(string text)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in text) hash = (hash ^ c) * 16777619u;
            return (int)(hash & 0x7FFFFFFF);
        }
    }
}

file sealed record Metric(string Code, string Rollup);

file sealed record Catalogue(IReadOnlyList<Metric> Metrics, string Authority, IReadOnlyList<string> Quadrants)
{
    // These two are only measured for the council as a whole.
    public static readonly HashSet<string> AuthorityOnly = ["management-oversight-agreement", "newly-qualified-due"];

    public IEnumerable<string> AllAreas => [Authority, .. Quadrants];

    public IEnumerable<string> AreasFor(Metric metric) =>
        AuthorityOnly.Contains(metric.Code) ? [Authority] : AllAreas;

    public static Catalogue Load(string seedDir)
    {
        var metrics = Csv.Read(Path.Combine(seedDir, "metrics.csv"))
            .Select(r => new Metric(r["code"], r["rollup"])).ToList();
        var areas = Csv.Read(Path.Combine(seedDir, "areas.csv"));
        return new Catalogue(
            metrics,
            areas.Single(a => a["kind"] == "authority")["code"],
            areas.Where(a => a["kind"] == "quadrant").Select(a => a["code"]).ToList());
    }
}

file static class Csv
{
    public static List<Dictionary<string, string>> Read(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        var header = Fields(lines[0]);
        return lines.Skip(1)
            .Select(line => header.Zip(Fields(line)).ToDictionary(p => p.First, p => p.Second))
            .ToList();
    }

    static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }

    public static string Quote(string text) => "\"" + text.Replace("\"", "\"\"") + "\"";
}

file readonly record struct Cell(decimal Value, int? Numerator = null, int? Denominator = null);

file sealed class Store(Catalogue catalogue)
{
    readonly Dictionary<(string Metric, string Area, int Month), Cell> cells = [];

    public Catalogue Catalogue => catalogue;
    public IReadOnlyList<string> Quadrants => catalogue.Quadrants;
    public string Authority => catalogue.Authority;

    public Cell this[string metric, string area, int t] => cells.TryGetValue((metric, area, t), out var cell)
        ? cell
        : throw new InvalidOperationException($"No figure for {metric} in {area} for {Months.Label(t)}.");

    public void SetCount(string metric, string area, int t, decimal value) => cells[(metric, area, t)] = new(value);

    public void SetCounts(string metric, int t, IReadOnlyList<int> quadrantValues)
    {
        for (var i = 0; i < Quadrants.Count; i++) SetCount(metric, Quadrants[i], t, quadrantValues[i]);
    }

    /// <summary>Stores one month's quadrant percentages, first nudging numerators off rounding ties.</summary>
    public void SetRatios(string metric, int t, int[] numerators, IReadOnlyList<int> denominators)
    {
        var settled = Ratios.AvoidTies(numerators, denominators);
        for (var i = 0; i < Quadrants.Count; i++) SetRatio(metric, Quadrants[i], t, settled[i], denominators[i]);
    }

    public void SetRatio(string metric, string area, int t, int numerator, int denominator)
    {
        if (denominator <= 0 || numerator < 0 || numerator > denominator)
            throw new InvalidOperationException($"{metric} {area} {Months.Label(t)}: {numerator}/{denominator} is not a percentage.");
        cells[(metric, area, t)] = new(Ratios.Percent(numerator, denominator), numerator, denominator);
    }

    public int Count(string metric, string area, int t) => (int)this[metric, area, t].Value;

    public int[] QuadrantCounts(string metric, int t) => Quadrants.Select(q => Count(metric, q, t)).ToArray();

    public void RollUpToAuthority()
    {
        foreach (var metric in catalogue.Metrics.Where(m => !Catalogue.AuthorityOnly.Contains(m.Code)))
            foreach (var t in Months.All)
            {
                var parts = Quadrants.Select(q => this[metric.Code, q, t]).ToList();
                if (metric.Rollup is "ratio" or "share")
                    SetRatio(metric.Code, Authority, t, parts.Sum(p => p.Numerator ?? 0), parts.Sum(p => p.Denominator ?? 0));
                else
                    SetCount(metric.Code, Authority, t, parts.Sum(p => p.Value));
            }
    }
}

file static class Ratios
{
    public static decimal Percent(int numerator, int denominator) =>
        Math.Round(100m * numerator / denominator, 1, MidpointRounding.AwayFromZero);

    // A percentage exactly halfway between two one-decimal values (6.25 = 1/16) rounds differently under
    // banker's and half-up rounding, so the app and these files could disagree. Such ties are avoided.
    public static bool IsTie(int numerator, int denominator) =>
        denominator > 0 && 2000L * numerator % denominator == 0 && 2000L * numerator / denominator % 2 == 1;

    /// <summary>Moves numerators down by one where a quadrant, or the Surrey total built from them, would tie.</summary>
    public static int[] AvoidTies(int[] numerators, IReadOnlyList<int> denominators)
    {
        var settled = numerators.Select((n, i) => IsTie(n, denominators[i]) ? n - 1 : n).ToArray();
        if (!IsTie(settled.Sum(), denominators.Sum())) return settled;
        var i = Enumerable.Range(0, settled.Length).First(i => settled[i] > 0 && !IsTie(settled[i] - 1, denominators[i]));
        settled[i]--;
        return settled;
    }
}

file readonly record struct Grades(int Outstanding, int Good, int RequiresImprovement, int Inadequate)
{
    public int Total => Outstanding + Good + RequiresImprovement + Inadequate;
    public int GoodOrBetter => Outstanding + Good;
}

file static class QualityOfPractice
{
    public static void Build(Store store)
    {
        AuditGrades(store);
        AuditRequestCompliance(store);
    }

    static void AuditGrades(Store store)
    {
        var noise = new Noise("audit-grades");
        foreach (var t in Months.All)
        {
            var grades = store.Quadrants
                .Select(q => t == Minutes.June2020 ? Minutes.AuditGradesJune2020[q] : TypicalGrades(q, t, noise))
                .ToArray();
            grades = SettleInadequateTies(grades);
            grades = SettleGoodOrBetterTies(grades);
            store.SetCounts("audits-outstanding", t, grades.Select(g => g.Outstanding).ToArray());
            store.SetCounts("audits-good", t, grades.Select(g => g.Good).ToArray());
            store.SetCounts("audits-requires-improvement", t, grades.Select(g => g.RequiresImprovement).ToArray());
            store.SetCounts("audits-inadequate", t, grades.Select(g => g.Inadequate).ToArray());
            var totals = grades.Select(g => g.Total).ToArray();
            store.SetRatios("audits-inadequate-pct", t, grades.Select(g => g.Inadequate).ToArray(), totals);
            store.SetRatios("audits-good-or-better-pct", t, grades.Select(g => g.GoodOrBetter).ToArray(), totals);
        }
    }

    static Grades TypicalGrades(string quadrant, int t, Noise noise)
    {
        var total = Shape.Whole(22 * Demography.Size[quadrant] + noise.Jitter(2.5));
        var inadequateShare = Shape.Trend(t, ("2018-04", .31), ("2019-03", .27), ("2019-12", .23), ("2020-03", .20),
            ("2020-09", .17), ("2021-03", .15)) + InadequateOffset(quadrant, t) + noise.Jitter(.03);
        var outstandingShare = Shape.Trend(t, ("2018-04", .02), ("2021-03", .05)) + noise.Jitter(.015);
        // Minutes paragraph 7: virtual visits in the first lockdown did not produce good or outstanding practice.
        var goodShare = Shape.Trend(t, ("2018-04", .25), ("2020-03", .36), ("2020-04", .32), ("2020-07", .33),
            ("2021-03", .40)) + noise.Jitter(.04);
        var inadequate = Shape.Whole(total * inadequateShare);
        var outstanding = Shape.Whole(total * outstandingShare);
        var good = Shape.Whole(total * goodShare);
        return new(outstanding, good, total - outstanding - good - inadequate, inadequate);
    }

    // Minutes paragraph 11: the North East's inadequate share stayed high into 2020, until its new assistant director.
    static double InadequateOffset(string quadrant, int t) => quadrant switch
    {
        "NE" => Shape.Trend(t, ("2018-04", 0), ("2019-06", .02), ("2019-12", .08), ("2020-06", .10), ("2020-12", .03), ("2021-03", 0)),
        "SE" => -.02,
        "SW" => .01,
        _ => 0,
    };

    static Grades[] SettleInadequateTies(Grades[] grades)
    {
        var settled = Ratios.AvoidTies(grades.Select(g => g.Inadequate).ToArray(), grades.Select(g => g.Total).ToArray());
        return grades.Select((g, i) => g with
        {
            Inadequate = settled[i],
            RequiresImprovement = g.RequiresImprovement + g.Inadequate - settled[i],
        }).ToArray();
    }

    static Grades[] SettleGoodOrBetterTies(Grades[] grades)
    {
        var settled = Ratios.AvoidTies(grades.Select(g => g.GoodOrBetter).ToArray(), grades.Select(g => g.Total).ToArray());
        return grades.Select((g, i) => g with
        {
            Good = g.Good - (g.GoodOrBetter - settled[i]),
            RequiresImprovement = g.RequiresImprovement + g.GoodOrBetter - settled[i],
        }).ToArray();
    }

    static void AuditRequestCompliance(Store store)
    {
        var noise = new Noise("audit-request-compliance");
        foreach (var t in Months.All)
        {
            var requested = store.Quadrants
                .Select(q => GradedAudits(store, q, t) + Shape.Whole(1.5 + noise.Jitter(1.5)))
                .ToArray();
            var onTime = store.Quadrants.Select((q, i) =>
            {
                // Minutes paragraph 4: improving, dented early in 2020 when auditors covered operational work,
                // and never complete; paragraph 11: the North East greatly improved its timeliness.
                var rate = Shape.Trend(t, ("2018-04", .58), ("2019-06", .72), ("2019-12", .80), ("2020-02", .73),
                    ("2020-04", .75), ("2020-09", .86), ("2021-03", .90)) + noise.Jitter(.04)
                    + (q == "NE" ? Shape.Trend(t, ("2019-12", 0), ("2020-06", .07)) : 0);
                return Math.Min(requested[i] - 1, Shape.Whole(requested[i] * rate));
            }).ToArray();
            store.SetRatios("audit-request-compliance", t, onTime, requested);
        }
    }

    static readonly string[] GradeCounts = ["audits-outstanding", "audits-good", "audits-requires-improvement", "audits-inadequate"];

    static int GradedAudits(Store store, string quadrant, int t) => GradeCounts.Sum(metric => store.Count(metric, quadrant, t));

    // Needs open cases: each month's dip sample is about a tenth of the open files.
    public static void BuildManagementOversight(Store store)
    {
        var noise = new Noise("management-oversight-agreement");
        foreach (var t in Months.All)
        {
            var sampled = Shape.Whole(store.QuadrantCounts("open-cases", t).Sum() / 10.0);
            var agreed = Shape.Whole(sampled * (Shape.Trend(t, ("2018-04", .78), ("2019-06", .84), ("2020-03", .89),
                ("2020-06", .91), ("2021-03", .92)) + noise.Jitter(.012)));
            if (t == Minutes.June2020) (sampled, agreed) = (Minutes.DipSampleJune2020, Minutes.DipSampleAgreedJune2020);
            var settled = Ratios.AvoidTies([agreed], [sampled]);
            store.SetRatio("management-oversight-agreement", store.Authority, t, settled[0], sampled);
        }
    }
}

file static class Demography
{
    /// <summary>Relative size of each quadrant's child population, used to share out county volumes.</summary>
    public static readonly Dictionary<string, double> Size = new() { ["NE"] = 1.00, ["NW"] = 1.05, ["SE"] = 1.02, ["SW"] = 0.93 };

    /// <summary>Shares a county total between the quadrants by size, each weight jittered by up to ±jitter.</summary>
    public static int[] Share(Store store, int total, Noise noise, double jitter, Func<string, double>? weight = null) =>
        Shape.Apportion(total, store.Quadrants.Select(q => (weight ?? (x => Size[x]))(q) * (1 + noise.Jitter(jitter))).ToArray());
}

file static class MissingChildren
{
    // Longer evenings bring more missing episodes; winter fewer.
    static readonly double[] Season = [.90, .90, .98, 1.00, 1.05, 1.08, 1.10, 1.05, 1.02, 1.00, .95, .90];

    public static void Build(Store store)
    {
        Episodes(store);
        ReturnInterviews(store);
    }

    // Minutes paragraph 2: fewer missing episodes during the pandemic, most of all in the first lockdown.
    static double Lockdown(int t) => Months.Label(t) switch
    {
        "2020-03" => .85, "2020-04" => .55, "2020-05" => .60, "2020-06" => .65, "2020-07" => .85, "2020-08" => .90,
        "2020-09" or "2020-10" => .95, "2020-11" => .80, "2020-12" => .90,
        "2021-01" => .70, "2021-02" => .72, "2021-03" => .85,
        _ => 1.0,
    };

    static void Episodes(Store store)
    {
        var noise = new Noise("missing-episodes");
        foreach (var t in Months.All)
        {
            var level = Shape.Trend(t, ("2018-04", 1.0), ("2019-12", 1.04)) * Shape.Season(t, Season) * Lockdown(t);
            var lookedAfter = store.Quadrants.Select(q => Shape.Whole(28 * Demography.Size[q] * level * (1 + noise.Jitter(.08)))).ToArray();
            var others = store.Quadrants.Select(q => Shape.Whole(42 * Demography.Size[q] * level * (1 + noise.Jitter(.08)))).ToArray();
            store.SetCounts("missing-episodes-looked-after", t, lookedAfter);
            store.SetCounts("missing-episodes", t, lookedAfter.Zip(others, (a, b) => a + b).ToArray());
        }
    }

    // Minutes paragraph 2: timeliness of return interviews greatly improved over the 12 months to June 2020.
    static void ReturnInterviews(Store store)
    {
        var noise = new Noise("return-interviews-within-72h");
        foreach (var t in Months.All)
        {
            var episodes = store.QuadrantCounts("missing-episodes", t);
            var withinDeadline = store.Quadrants.Select((q, i) =>
            {
                var rate = Shape.Trend(t, ("2018-04", .46), ("2019-03", .52), ("2019-06", .55), ("2019-12", .70),
                    ("2020-03", .80), ("2020-06", .85), ("2021-03", .88)) + noise.Jitter(.03)
                    + (q == "NE" ? Shape.Trend(t, ("2019-12", 0), ("2020-03", .03)) : 0);
                return Math.Min(episodes[i], Shape.Whole(episodes[i] * rate));
            }).ToArray();
            store.SetRatios("return-interviews-within-72h", t, withinDeadline, episodes);
        }
    }
}

file static class Demand
{
    // School holidays bring fewer referrals (August, December); autumn term more.
    static readonly double[] ReferralSeason = [1.00, 1.00, 1.05, .95, 1.00, 1.02, 1.00, .82, 1.04, 1.08, 1.06, .85];

    public static void Build(Store store)
    {
        Referrals(store);
        ChildProtectionPlans(store);
        OpenAssessments(store);
        OpenCases(store);
    }

    // Minutes paragraph 8: a significant fall during 2019 with family safeguarding, rising again in the pandemic;
    // the dips in spring 2020 and January 2021 are the school closures.
    static void Referrals(Store store)
    {
        var noise = new Noise("referrals");
        var repeatNoise = new Noise("repeat-referrals-pct");
        foreach (var t in Months.All)
        {
            var level = Shape.Trend(t, ("2018-04", 1.0), ("2019-01", 1.0), ("2019-12", .78), ("2020-03", .78), ("2020-04", .70),
                ("2020-05", .72), ("2020-07", .86), ("2020-10", .96), ("2020-12", .96), ("2021-01", .86), ("2021-02", .88),
                ("2021-03", .97)) * Shape.Season(t, ReferralSeason);
            var referrals = store.Quadrants.Select(q => Shape.Whole(260 * Demography.Size[q] * level * (1 + noise.Jitter(.05)))).ToArray();
            // Family safeguarding aims to cut repeat referrals: a gentle fall.
            var repeats = referrals.Select(r => Shape.Whole(r * (Shape.Trend(t, ("2018-04", .25), ("2019-11", .23), ("2021-03", .19))
                + repeatNoise.Jitter(.02)))).ToArray();
            store.SetCounts("referrals", t, referrals);
            store.SetRatios("repeat-referrals-pct", t, repeats, referrals);
        }
    }

    static void ChildProtectionPlans(Store store)
    {
        var noise = new Noise("child-protection-plans");
        foreach (var t in Months.All)
        {
            var level = Shape.Trend(t, ("2018-04", 1.0), ("2018-10", 1.02), ("2019-03", .98), ("2019-12", .76),
                ("2020-04", .74), ("2020-06", .77), ("2020-12", .88), ("2021-03", .90));
            store.SetCounts("child-protection-plans", t,
                store.Quadrants.Select(q => Shape.Whole(270 * Demography.Size[q] * level * (1 + noise.Jitter(.02)))).ToArray());
        }
    }

    // Minutes paragraph 8: open assessments doubled compared with the same months of 2019.
    static void OpenAssessments(Store store)
    {
        var noise = new Noise("open-assessments");
        foreach (var t in Months.All)
        {
            var level = Shape.Trend(t, ("2018-04", 1.06), ("2019-03", 1.0), ("2019-12", .96), ("2020-02", 1.02),
                ("2020-03", 1.35), ("2020-07", 1.9), ("2020-12", 1.6), ("2021-03", 1.45));
            var values = store.Quadrants.Select(q => Shape.Whole(150 * Demography.Size[q] * level * (1 + noise.Jitter(.03)))).ToArray();
            if (Months.Between("2020-04", "2020-06").Contains(t))
                values = store.QuadrantCounts("open-assessments", t - 12).Select(v => Shape.Whole(v * (2 + noise.Jitter(.04)))).ToArray();
            store.SetCounts("open-assessments", t, values);
        }
    }

    static void OpenCases(Store store)
    {
        var noise = new Noise("open-cases");
        foreach (var t in Months.All)
        {
            var level = Shape.Trend(t, ("2018-04", 1.08), ("2019-03", 1.05), ("2019-12", .96), ("2020-03", .97),
                ("2020-06", 1.02), ("2020-12", 1.06), ("2021-03", 1.07));
            var values = store.Quadrants.Select(q => Shape.Whole(1550 * Demography.Size[q] * level * (1 + noise.Jitter(.01)))).ToArray();
            if (t == Minutes.March2020) values = Shape.Apportion(Minutes.OpenFilesMarch2020, values.Select(v => (double)v).ToArray());
            store.SetCounts("open-cases", t, values);
        }
    }
}

file static class Adolescents
{
    public static void Build(Store store)
    {
        UnsuitableAccommodation(store);
        OutOfCounty(store);
        Uasc(store);
    }

    // Minutes paragraph 9: suitable placements for 16- and 17-year-olds became harder to find during the pandemic.
    static void UnsuitableAccommodation(Store store)
    {
        var noise = new Noise("unsuitable-accommodation-16-17");
        foreach (var t in Months.All)
        {
            var total = Shape.Whole(Shape.Trend(t, ("2018-04", 14), ("2018-12", 9), ("2019-06", 5), ("2019-12", 4),
                ("2020-03", 5), ("2020-06", 9), ("2020-12", 8), ("2021-03", 6)) + noise.Jitter(1.5));
            store.SetCounts("unsuitable-accommodation-16-17", t, Demography.Share(store, total, noise, .3));
        }
    }

    static void OutOfCounty(Store store)
    {
        var noise = new Noise("out-of-county-supported-16-17");
        var educationNoise = new Noise("out-of-county-16-17-in-education-pct");
        foreach (var t in Months.All)
        {
            var total = Shape.Whole(Shape.Trend(t, ("2018-04", 52), ("2019-06", 46), ("2020-03", 40), ("2020-06", 44),
                ("2021-03", 41)) + noise.Jitter(2));
            var placed = Demography.Share(store, total, noise, .15);
            var rate = Shape.Trend(t, ("2018-04", .68), ("2019-06", .74), ("2020-03", .80), ("2020-06", .74), ("2021-03", .80));
            var inEducation = placed.Select(n => Math.Min(n, Shape.Whole(n * (rate + educationNoise.Jitter(.06))))).ToArray();
            store.SetCounts("out-of-county-supported-16-17", t, placed);
            store.SetRatios("out-of-county-16-17-in-education-pct", t, inEducation, placed);
        }
    }

    // Minutes paragraph 14: no rise in 2020, below the DfE threshold. Few are placed in the South West at first,
    // which gives the handful of quadrant counts below 5 that the files suppress.
    static void Uasc(Store store)
    {
        var noise = new Noise("uasc");
        foreach (var t in Months.All)
        {
            var total = Shape.Whole(Shape.Trend(t, ("2018-04", 118), ("2019-03", 128), ("2019-12", 134), ("2020-06", 128),
                ("2021-03", 125)) + noise.Jitter(1));
            var southWest = Shape.Trend(t, ("2018-04", .03), ("2018-10", .05), ("2019-06", .07));
            store.SetCounts("uasc", t, Demography.Share(store, total, noise, .05,
                q => q switch { "NE" => .34, "NW" => .26, "SE" => .34, _ => southWest }));
        }
    }
}

file static class Workforce
{
    // Relative weight of each month of the January–June 2020 drive in its appointments.
    static readonly double[] DriveMonths = [.13, .15, .19, .16, .17, .20];

    // Minutes paragraph 13 fixes June 2020; earlier and later points are invented.
    static readonly Dictionary<string, (string, double)[]> VacancyPaths = new()
    {
        ["NE"] = [("2018-04", 24), ("2019-06", 22), ("2019-12", 20), ("2020-06", Minutes.VacanciesJune2020["NE"]), ("2021-03", 8)],
        ["NW"] = [("2018-04", 22), ("2019-06", 22), ("2019-12", 21), ("2020-06", Minutes.VacanciesJune2020["NW"]), ("2021-03", 9)],
        ["SE"] = [("2018-04", 24), ("2019-06", 23), ("2019-12", 22), ("2020-06", Minutes.VacanciesJune2020["SE"]), ("2021-03", 15)],
        ["SW"] = [("2018-04", 22), ("2019-06", 20), ("2019-12", 19), ("2020-06", Minutes.VacanciesJune2020["SW"]), ("2021-03", 12)],
    };

    // Posts per quadrant: practitioners in post are the establishment less the vacancies.
    static readonly Dictionary<string, int> Establishment = new() { ["NE"] = 118, ["NW"] = 128, ["SE"] = 124, ["SW"] = 112 };

    public static void Build(Store store)
    {
        Appointments(store);
        Vacancies(store);
        NewlyQualified(store);
        MotivationalInterviewing(store);
    }

    static void Appointments(Store store)
    {
        var noise = new Noise("practitioners-appointed");
        var drive = Months.Between("2020-01", "2020-06").ToList();
        var driveSplit = store.Quadrants.ToDictionary(q => q, q => Shape.Apportion(Minutes.AppointedJanuaryToJune2020[q], DriveMonths));
        foreach (var t in Months.All)
        {
            if (drive.Contains(t))
            {
                store.SetCounts("practitioners-appointed", t, store.Quadrants.Select(q => driveSplit[q][drive.IndexOf(t)]).ToArray());
                continue;
            }
            // The Community Care partnership from July 2019 lifts appointments a little before the drive.
            var total = Shape.Whole(Shape.Trend(t, ("2018-04", 5), ("2019-06", 5), ("2019-07", 6), ("2019-12", 6),
                ("2020-07", 10), ("2021-03", 9)) + noise.Jitter(1.5));
            store.SetCounts("practitioners-appointed", t, Demography.Share(store, total, noise, .3));
        }
    }

    static void Vacancies(Store store)
    {
        var noise = new Noise("vacancies-fte");
        foreach (var t in Months.All)
            foreach (var q in store.Quadrants)
            {
                var fte = t == Minutes.June2020
                    ? Minutes.VacanciesJune2020[q]
                    : Math.Round(Math.Max(0, Shape.Trend(t, VacancyPaths[q]) + noise.Jitter(1)) * 2, MidpointRounding.AwayFromZero) / 2;
                store.SetCount("vacancies-fte", q, t, (decimal)fte);
            }
    }

    // Newly qualified social workers accept posts through the spring and start in September or October.
    static void NewlyQualified(Store store)
    {
        double[] pipeline = [.25, .35, .50, .65, .80, 1.0, 1.0, .95, .40, .05, .10, .15];
        var cohortSize = new Dictionary<int, int> { [2018] = 22, [2019] = 30, [2020] = Minutes.NewlyQualifiedDueJune2020, [2021] = 44 };
        foreach (var t in Months.All)
        {
            var label = Months.Label(t);
            var year = int.Parse(label[..4], CultureInfo.InvariantCulture);
            var cohort = Months.CalendarMonth(t) >= 10 ? year + 1 : year;
            store.SetCount("newly-qualified-due", store.Authority, t, Shape.Whole(cohortSize[cohort] * Shape.Season(t, pipeline)));
        }
    }

    // Minutes paragraph 5: the whole service is to be trained; new starters from the drive dilute the share in spring 2020.
    static void MotivationalInterviewing(Store store)
    {
        var noise = new Noise("motivational-interviewing-trained-pct");
        foreach (var t in Months.All)
        {
            var inPost = store.Quadrants
                .Select(q => Establishment[q] - (int)Math.Round(store["vacancies-fte", q, t].Value, MidpointRounding.AwayFromZero))
                .ToArray();
            var rate = Shape.Trend(t, ("2018-04", .08), ("2019-03", .22), ("2019-10", .55), ("2019-12", .66), ("2020-02", .70),
                ("2020-05", .69), ("2020-09", .78), ("2021-03", .87));
            var trained = inPost.Select(n => Shape.Whole(n * (rate + noise.Jitter(.015)))).ToArray();
            store.SetRatios("motivational-interviewing-trained-pct", t, trained, inPost);
        }
    }
}

file static class Feedback
{
    static readonly double[] Season = [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, .85, 1.0, 1.0, 1.0, .80];

    public static void Build(Store store)
    {
        var noise = new Noise("complaints");
        foreach (var t in Months.All)
        {
            var total = Shape.Whole(Shape.Trend(t, ("2018-04", 42), ("2019-06", 38), ("2020-03", 34), ("2020-04", 26),
                ("2020-06", 28), ("2020-08", 33), ("2021-03", 35)) * Shape.Season(t, Season) * (1 + noise.Jitter(.12)));
            store.SetCounts("complaints", t, Demography.Share(store, total, noise, .25));
        }
    }
}

file static class ObservationWriter
{
    // Notes shown beside a figure on the dashboard.
    static readonly Dictionary<(string Period, string Metric, string Area), string> Notes = new()
    {
        [("2020-03", "open-cases", "SCC")] = "About 6,000 open files at the outbreak of COVID-19, as reported to the select committee in June 2020.",
        [("2020-06", "audits-inadequate-pct", "SCC")] = "20% inadequate, as reported to the select committee in June 2020.",
        [("2020-06", "audits-inadequate-pct", "NE")] = "29% inadequate, as reported to the select committee in June 2020.",
        [("2020-06", "management-oversight-agreement", "SCC")] = "Dip sample of 10% of about 6,000 open files.",
        [("2020-06", "practitioners-appointed", "SCC")] = "76 appointed from January to June 2020 in the recruitment drive; some living overseas have had their start delayed by the pandemic.",
        [("2020-06", "vacancies-fte", "SCC")] = "47 full-time vacancies open, as reported to the select committee in June 2020.",
        [("2020-06", "newly-qualified-due", "SCC")] = "40 newly qualified social workers due to join, as reported to the select committee in June 2020.",
    };

    static readonly string[] FinancialYears = ["2018-19", "2019-20", "2020-21"];

    public static void Write(string seedDir, Store store)
    {
        var folder = Directory.CreateDirectory(Path.Combine(seedDir, "observations")).FullName;
        for (var year = 0; year < FinancialYears.Length; year++)
        {
            var text = new StringBuilder("period,area,metric,value,numerator,denominator,status,note\n");
            var rows = 0;
            foreach (var t in Enumerable.Range(year * 12, 12))
                foreach (var metric in store.Catalogue.Metrics)
                    foreach (var area in store.Catalogue.AreasFor(metric))
                    {
                        text.Append(Row(store, metric, area, t)).Append('\n');
                        rows++;
                    }
            var path = Path.Combine(folder, FinancialYears[year] + ".csv");
            File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
            Console.WriteLine($"Wrote {Path.GetRelativePath(seedDir, path)}: {rows} rows");
        }
    }

    static string Row(Store store, Metric metric, string area, int t)
    {
        var period = Months.Label(t);
        var cell = store[metric.Code, area, t];
        var note = Notes.TryGetValue((period, metric.Code, area), out var text) ? Csv.Quote(text) : "";
        if (Disclosure.IsSuppressed(metric.Code, area, cell))
            return $"{period},{area},{metric.Code},,,,c,{Csv.Quote("Fewer than 5 children: figure withheld.")}";
        var status = t == Months.Last ? "provisional" : "actual";
        return string.Join(',', period, area, metric.Code, Format(cell.Value),
            cell.Numerator?.ToString(CultureInfo.InvariantCulture) ?? "",
            cell.Denominator?.ToString(CultureInfo.InvariantCulture) ?? "", status, note);
    }

    static string Format(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

file static class Disclosure
{
    // Illustrative only: withholds small quadrant counts of asylum-seeking children, so the dashboard's
    // handling of suppressed figures has something to show. The Surrey totals still include them.
    public static bool IsSuppressed(string metric, string area, Cell cell) =>
        metric == "uasc" && area != "SCC" && cell.Value is > 0 and < 5;
}

file static class MinutesChecks
{
    static readonly string[] FirstLockdown = ["04", "05", "06"];
    static readonly string[] OtherQuadrants = ["NW", "SE", "SW"];
    static readonly (string From, string To)[] FinancialYears = [("2018-04", "2019-03"), ("2019-04", "2020-03"), ("2020-04", "2021-03")];
    static readonly string[] TrainingMilestones = ["2018-06", "2019-06", "2020-06", "2021-03"];
    static int failures;

    public static bool Run(Store s)
    {
        Console.WriteLine("Checks against the June 2020 minutes:");
        Audits(s);
        OpenCasesAndAssessments(s);
        ReferralsAndPlans(s);
        Missing(s);
        Workforce(s);
        Adolescents(s);
        Console.WriteLine(failures == 0 ? "All checks passed." : $"{failures} check(s) FAILED.");
        return failures == 0;
    }

    static void Check(bool ok, string what)
    {
        Console.WriteLine($"  {(ok ? "ok  " : "FAIL")} {what}");
        if (!ok) failures++;
    }

    static Cell At(Store s, string metric, string area, string month) => s[metric, area, Months.Index(month)];
    static decimal V(Store s, string metric, string area, string month) => At(s, metric, area, month).Value;
    static decimal Mean(Store s, string metric, string area, string from, string to) =>
        Months.Between(from, to).Average(t => s[metric, area, t].Value);
    static List<decimal> YearlyMeans(Store s, string metric) => FinancialYears.Select(y => Mean(s, metric, "SCC", y.From, y.To)).ToList();
    static bool Rising(List<decimal> values) => values.Zip(values.Skip(1)).All(p => p.First < p.Second);
    static string Join(string separator, IEnumerable<decimal> values) => string.Join(separator, values.Select(v => v.ToString("0.#", CultureInfo.InvariantCulture)));
    static string Fraction(Cell c) => $"{c.Value} ({c.Numerator}/{c.Denominator})";

    static void Audits(Store s)
    {
        var scc = At(s, "audits-inadequate-pct", "SCC", "2020-06");
        var ne = At(s, "audits-inadequate-pct", "NE", "2020-06");
        Check(scc.Value == 20m, $"para 7: audits-inadequate-pct SCC 2020-06 = {Fraction(scc)}");
        Check(Math.Round(ne.Value) == 29m, $"para 11: audits-inadequate-pct NE 2020-06 = {Fraction(ne)}");
        var others = OtherQuadrants.Select(q => V(s, "audits-inadequate-pct", q, "2020-06")).ToList();
        Check(others.All(v => ne.Value - v >= 8), $"para 11: NE well above NW/SE/SW ({Join(", ", others)})");
        Check(Months.All.All(t => s.Catalogue.AllAreas.All(a => GradesAgree(s, a, t))),
            "grade counts agree with both audit percentages in every area and month");
        var oversight = At(s, "management-oversight-agreement", "SCC", "2020-06");
        Check(oversight.Value == 91m, $"para 4: management-oversight-agreement SCC 2020-06 = {Fraction(oversight)}");
        var compliance = YearlyMeans(s, "audit-request-compliance");
        var highest = Months.All.SelectMany(t => s.Catalogue.AllAreas.Select(a => s["audit-request-compliance", a, t].Value)).Max();
        Check(Rising(compliance) && highest < 100, $"para 4: audit-request-compliance SCC yearly means {Join(" < ", compliance)}; highest anywhere {highest}");
    }

    static bool GradesAgree(Store s, string area, int t)
    {
        int o = s.Count("audits-outstanding", area, t), g = s.Count("audits-good", area, t);
        int r = s.Count("audits-requires-improvement", area, t), i = s.Count("audits-inadequate", area, t);
        Cell inadequate = s["audits-inadequate-pct", area, t], goodOrBetter = s["audits-good-or-better-pct", area, t];
        return inadequate.Numerator == i && inadequate.Denominator == o + g + r + i
            && goodOrBetter.Numerator == o + g && goodOrBetter.Denominator == inadequate.Denominator;
    }

    static void OpenCasesAndAssessments(Store s)
    {
        var openCases = V(s, "open-cases", "SCC", "2020-03");
        Check(Math.Abs(openCases - 6000) <= 60, $"para 4: open-cases SCC 2020-03 = {openCases}");
        foreach (var area in s.Catalogue.AllAreas)
        {
            var ratios = FirstLockdown.Select(m => V(s, "open-assessments", area, $"2020-{m}") / V(s, "open-assessments", area, $"2019-{m}")).ToList();
            var (low, high) = area == "SCC" ? (1.9m, 2.1m) : (1.85m, 2.15m);
            Check(ratios.All(r => r >= low && r <= high),
                $"para 8: open-assessments {area} Apr-Jun 2020 {Join("/", FirstLockdown.Select(m => V(s, "open-assessments", area, $"2020-{m}")))}"
                + $" vs 2019 {Join("/", FirstLockdown.Select(m => V(s, "open-assessments", area, $"2019-{m}")))} = {string.Join("/", ratios.Select(r => r.ToString("0.00", CultureInfo.InvariantCulture)))}x");
        }
    }

    static void ReferralsAndPlans(Store s)
    {
        foreach (var metric in new List<string> { "referrals", "child-protection-plans" })
        {
            var before = Mean(s, metric, "SCC", "2018-04", "2019-03");
            var low = Mean(s, metric, "SCC", "2019-10", "2020-02");
            var pandemic = Mean(s, metric, "SCC", "2020-07", "2020-12");
            Check(low <= before * .88m && pandemic >= low * 1.08m,
                $"para 8: {metric} SCC monthly mean {before:0} (2018-19) -> {low:0} (Oct 2019-Feb 2020) -> {pandemic:0} (Jul-Dec 2020)");
        }
        var repeat = YearlyMeans(s, "repeat-referrals-pct");
        Check(repeat[0] > repeat[1] && repeat[1] > repeat[2], $"para 8: repeat-referrals-pct SCC yearly means {Join(" > ", repeat)}");
    }

    static void Missing(Store s)
    {
        foreach (var metric in new List<string> { "missing-episodes", "missing-episodes-looked-after" })
            foreach (var area in s.Catalogue.AllAreas)
            {
                var winter = Math.Min(V(s, metric, area, "2020-01"), V(s, metric, area, "2020-02"));
                var fewer = FirstLockdown.All(m => V(s, metric, area, $"2020-{m}") <= .9m * Math.Min(winter, V(s, metric, area, $"2019-{m}")));
                Check(fewer, $"para 2: {metric} {area} Apr-Jun 2020 {Join("/", FirstLockdown.Select(m => V(s, metric, area, $"2020-{m}")))}"
                    + $" vs 2019 {Join("/", FirstLockdown.Select(m => V(s, metric, area, $"2019-{m}")))}; Jan-Feb 2020 lowest {winter}");
            }
        var before = At(s, "return-interviews-within-72h", "SCC", "2019-06");
        var after = At(s, "return-interviews-within-72h", "SCC", "2020-06");
        Check(after.Value - before.Value >= 20, $"para 2: return-interviews-within-72h SCC 2019-06 {Fraction(before)} -> 2020-06 {Fraction(after)}");
    }

    static void Workforce(Store s)
    {
        var drive = Months.Between("2020-01", "2020-06").ToList();
        foreach (var (q, expected) in Minutes.AppointedJanuaryToJune2020)
        {
            var sum = drive.Sum(t => s.Count("practitioners-appointed", q, t));
            Check(sum == expected, $"para 13: practitioners-appointed {q} Jan-Jun 2020 = {sum}");
        }
        var scc = drive.Select(t => s.Count("practitioners-appointed", "SCC", t)).ToList();
        var in2019 = Months.Between("2019-01", "2019-12").Select(t => s.Count("practitioners-appointed", "SCC", t)).ToList();
        Check(scc.Sum() == 76 && in2019.Max() < scc.Min(),
            $"para 13: practitioners-appointed SCC Jan-Jun 2020 {string.Join("+", scc)} = {scc.Sum()}; 2019 months at most {in2019.Max()}");
        foreach (var area in s.Catalogue.AllAreas)
        {
            var june = V(s, "vacancies-fte", area, "2020-06");
            var expected = area == "SCC" ? Minutes.VacanciesJune2020.Values.Sum() : Minutes.VacanciesJune2020[area];
            var lowest2019 = Months.Between("2019-01", "2019-12").Min(t => s["vacancies-fte", area, t].Value);
            Check(june == expected && lowest2019 > june, $"para 13: vacancies-fte {area} 2020-06 = {june} (2019 lowest {lowest2019})");
        }
        var due = V(s, "newly-qualified-due", "SCC", "2020-06");
        Check(due == Minutes.NewlyQualifiedDueJune2020, $"para 13: newly-qualified-due SCC 2020-06 = {due}");
        var trained = TrainingMilestones.Select(m => V(s, "motivational-interviewing-trained-pct", "SCC", m)).ToList();
        Check(Rising(trained) && Rising(YearlyMeans(s, "motivational-interviewing-trained-pct")),
            $"para 5: motivational-interviewing-trained-pct SCC {Join(" -> ", trained)} (Jun 2018, Jun 2019, Jun 2020, Mar 2021)");
    }

    static void Adolescents(Store s)
    {
        var highest = Months.All.Max(t => s["uasc", "SCC", t].Value);
        var late2019 = Mean(s, "uasc", "SCC", "2019-07", "2019-12");
        var early2020 = Mean(s, "uasc", "SCC", "2020-01", "2020-06");
        Check(highest < Minutes.UascThreshold && early2020 <= late2019 && V(s, "uasc", "SCC", "2020-06") <= V(s, "uasc", "SCC", "2019-12"),
            $"para 14: uasc SCC highest {highest} < {Minutes.UascThreshold}; mean Jul-Dec 2019 {late2019:0.0}, Jan-Jun 2020 {early2020:0.0}");
        var suppressed = s.Catalogue.Metrics.SelectMany(m => s.Catalogue.AreasFor(m).SelectMany(a => Months.All
            .Where(t => Disclosure.IsSuppressed(m.Code, a, s[m.Code, a, t]))
            .Select(t => $"{m.Code} {a} {Months.Label(t)} ({s[m.Code, a, t].Value})"))).ToList();
        Check(suppressed.Count is >= 1 and <= 6, $"suppressed rows ({suppressed.Count}): {string.Join("; ", suppressed)}");
    }
}
