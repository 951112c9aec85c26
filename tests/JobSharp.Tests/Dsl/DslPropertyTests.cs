using System.Globalization;
using CsCheck;
using k8s.Models;

namespace JobSharp.Tests.Dsl;

public sealed class DslPropertyTests
{
    private static readonly string[] Suffixes = ["", "m", "k", "M", "G", "Ki", "Mi", "Gi", "Ti", "e3", "E"];

    [Fact]
    public void QuantityParse_AnyNumberAndSuffix_KeepsTheTextAndIsAKubernetesQuantity() =>
        Gen.Select(Gen.Long[0, 1_000_000], Gen.Int[0, 999], Gen.Bool, Gen.Int[0, Suffixes.Length - 1].Select(i => Suffixes[i])).Sample((whole, fraction, hasFraction, suffix) =>
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"{whole}{(hasFraction ? "." + fraction : string.Empty)}{suffix}");

            var quantity = Quantity.Parse(text);

            Assert.Equal(text, quantity.Text);
            _ = new ResourceQuantity(text).ToDecimal();
        });

    [Fact]
    public void QuantityCpu_AnyWholeMillicores_EqualsThatManyMillicores() =>
        Gen.Long[0, 10_000_000].Sample(millis =>
        {
            var quantity = Quantity.Cpu(millis / 1000.0);

            Assert.Equal(millis / 1000m, new ResourceQuantity(quantity.Text).ToDecimal());
        });

    [Fact]
    public void WhenIndexesSucceed_AnyIndexes_WritesIntervalsThatExpandToThem() =>
        Gen.Int[0, 300].Array[1, 40].Sample(indexes =>
        {
            var text = SuccessRule.WhenIndexesSucceed(indexes).SucceededIndexes!;

            Assert.Equal(text, SuccessRule.WhenIndexesSucceed(text).SucceededIndexes);
            Assert.Equal(indexes.Distinct().Order(), Expand(text));
        });

    [Fact]
    public void CronScheduleHelpers_AnyTime_ParseBack() =>
        Gen.Select(Gen.Int[0, 23], Gen.Int[0, 59], Gen.Int[1, 31], Gen.Int[0, 6]).Sample((hour, minute, day, weekday) =>
        {
            var at = new TimeOnly(hour, minute);

            foreach (var schedule in new[] { CronSchedule.Daily(at), CronSchedule.Monthly(day, at), CronSchedule.Weekly((DayOfWeek)weekday, at) })
            {
                Assert.Equal(schedule.Expression, CronSchedule.Parse(schedule.Expression).Expression);
            }
        });

    [Fact]
    public void Job_AnySequenceOfChanges_LeavesEveryEarlierValueUnchanged() =>
        Gen.Int[0, 5].Array[1, 12].Sample(steps =>
        {
            var job = Job.Create("p").AddContainer("main", "busybox:1.36");
            var seen = new List<(Job Job, string Json)> { (job, CanonicalJson.Of(job.ToModel())) };
            foreach (var step in steps)
            {
                job = step switch
                {
                    0 => job.WithBackoffLimit(seen.Count),
                    1 => job.WithPodLabel("step", seen.Count.ToString(CultureInfo.InvariantCulture)),
                    2 => job.WithContainer("main", c => c.AddArgs("x")),
                    3 => job.WithRetry(r => r.IgnoreExitCodes(seen.Count)),
                    4 => job.AddInitContainer("i" + seen.Count.ToString(CultureInfo.InvariantCulture), "busybox:1.36"),
                    _ => job.WithParallelism(seen.Count),
                };
                seen.Add((job, CanonicalJson.Of(job.ToModel())));
            }

            Assert.All(seen, s => Assert.Equal(s.Json, CanonicalJson.Of(s.Job.ToModel())));
        });

    private static IEnumerable<int> Expand(string intervals) =>
        intervals.Split(',').SelectMany(part =>
        {
            var ends = part.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            return Enumerable.Range(ends[0], ends[^1] - ends[0] + 1);
        });
}
